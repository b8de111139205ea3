package no.kurer.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Latencies of one kind, in nanoseconds, recorded by one thread and merged afterwards; percentiles by sorting. */
final class Latencies {

    private long[] values = new long[4096];
    private int count;

    void add(long nanos) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = nanos;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.values[i]);
        }
    }

    int count() {
        return count;
    }

    /** count, mean, p50, p90, p99, max, in milliseconds. */
    Map<String, Object> summary() {
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("count", count);
        if (count == 0) {
            return summary;
        }
        double sum = 0;
        for (long v : sorted) {
            sum += v;
        }
        summary.put("mean_ms", ms(sum / count));
        summary.put("p50_ms", ms(percentile(sorted, 50)));
        summary.put("p90_ms", ms(percentile(sorted, 90)));
        summary.put("p99_ms", ms(percentile(sorted, 99)));
        summary.put("max_ms", ms(sorted[count - 1]));
        return summary;
    }

    /** Nearest-rank percentile. */
    private static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(double nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}
