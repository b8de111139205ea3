package no.kurer.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of {@code /admin/metrics} as Prometheus makes it (the admin user, HTTP Basic), read into its series:
 * {@code name{label="value",…}} → value.
 */
public final class Metrics {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})?\\s+(\\S+)");

    private final Map<String, Double> series;

    private Metrics(Map<String, Double> series) {
        this.series = series;
    }

    public static Metrics scrape(URI base) {
        HttpResponse<String> response = new Corner1(base)
                .send(HttpRequest.newBuilder(base.resolve("/admin/metrics"))
                        .header("Accept", "text/plain;version=0.0.4;q=0.3,*/*;q=0.2")
                        .header("Authorization", Admin.basic(Admin.USER, Admin.PASSWORD))
                        .build());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(
                "text/plain",
                response.headers()
                        .firstValue("Content-Type")
                        .orElse("")
                        .split(";")[0]
                        .strip());
        Map<String, Double> series = new LinkedHashMap<>();
        for (String line : response.body().split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (!line.startsWith("#") && sample.find()) {
                series.put(
                        sample.group(1) + (sample.group(2) == null ? "" : sample.group(2)),
                        Double.valueOf(sample.group(3)));
            }
        }
        return new Metrics(series);
    }

    /** The sum of every series of {@code name} whose labels include each of {@code labels} ({@code key="value"}). */
    public double sum(String name, String... labels) {
        double sum = 0;
        for (Map.Entry<String, Double> each : series.entrySet()) {
            String key = each.getKey();
            if (key.equals(name) && labels.length == 0 || key.startsWith(name + "{") && matches(key, labels)) {
                sum += each.getValue();
            }
        }
        return sum;
    }

    private static boolean matches(String key, String... labels) {
        for (String label : labels) {
            if (!key.contains(label + ",") && !key.contains(label + "}")) {
                return false;
            }
        }
        return true;
    }

    /** How much {@code name} (with {@code labels}) grew since {@code before}. */
    public double since(Metrics before, String name, String... labels) {
        return sum(name, labels) - before.sum(name, labels);
    }

    /** The metric names served, as PromQL names them (with {@code _total}, {@code _bucket}, … as served). */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        series.keySet().forEach(key -> names.add(key.contains("{") ? key.substring(0, key.indexOf('{')) : key));
        return names;
    }
}
