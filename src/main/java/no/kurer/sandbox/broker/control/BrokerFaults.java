package no.kurer.sandbox.broker.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Fault modes for tests, changeable while running: a share of calls answered 503 before anything happens
 * ({@code failureRate}, 0–1), a delay before every answer ({@code delayMs}), the next {@code dropDownloads}
 * downloads cut off after {@code dropAfterBytes} bytes (the connection dropped mid-body), Altinn's rate limits for one
 * organisation ({@code rateLimits}, {@link RateLimits}; {@code false} turns them off), and the transfers in
 * {@code corrupt} served with their first byte changed. What tests observe: calls per organisation and endpoint,
 * downloads and confirmations per transfer, the offsets that {@code Range} downloads started from.
 */
public class BrokerFaults {

    private volatile double failureRate;
    private volatile long delayMs;
    private volatile long dropAfterBytes = 1024;
    private final AtomicInteger dropDownloads = new AtomicInteger();
    private final AtomicInteger injected = new AtomicInteger();
    private volatile boolean failConfirms;
    private final Map<String, AtomicInteger> downloads = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> confirmations = new ConcurrentHashMap<>();
    private final Map<String, Map<String, AtomicInteger>> calls = new ConcurrentHashMap<>();
    private final List<Long> rangeStarts = new CopyOnWriteArrayList<>();
    private volatile Set<String> corrupt = Set.of();
    private volatile RateLimits rateLimits;

    public BrokerFaults(double failureRate, long delayMs) {
        this.failureRate = failureRate;
        this.delayMs = delayMs;
    }

    public void set(Map<String, Object> settings) {
        if (settings.get("failureRate") instanceof Number n) {
            failureRate = n.doubleValue();
        }
        if (settings.get("delayMs") instanceof Number n) {
            delayMs = n.longValue();
        }
        if (settings.get("dropAfterBytes") instanceof Number n) {
            dropAfterBytes = n.longValue();
        }
        if (settings.get("dropDownloads") instanceof Number n) {
            dropDownloads.set(n.intValue());
        }
        if (settings.get("failConfirms") instanceof Boolean b) {
            failConfirms = b;
        }
        if (settings.containsKey("rateLimits")) {
            rateLimits = settings.get("rateLimits") instanceof Map<?, ?> limits ? new RateLimits(limits) : null;
        }
        if (settings.get("corrupt") instanceof List<?> ids) {
            corrupt = ids.stream().map(id -> String.valueOf(id).toLowerCase()).collect(Collectors.toUnmodifiableSet());
        }
    }

    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("failureRate", failureRate);
        map.put("delayMs", delayMs);
        map.put("dropAfterBytes", dropAfterBytes);
        map.put("dropDownloads", dropDownloads.get());
        map.put("failConfirms", failConfirms);
        map.put("injected503", injected.get());
        map.put(
                "downloads",
                downloads.values().stream().mapToInt(AtomicInteger::get).sum());
        map.put(
                "transfersDownloadedMoreThanOnce",
                downloads.values().stream().filter(n -> n.get() > 1).count());
        map.put("downloadsByTransfer", counts(downloads));
        map.put(
                "transfersConfirmedMoreThanOnce",
                confirmations.values().stream().filter(n -> n.get() > 1).count());
        map.put("confirmationsByTransfer", counts(confirmations));
        Map<String, Object> byCaller = new TreeMap<>();
        calls.forEach((orgno, endpoints) -> byCaller.put(orgno, counts(endpoints)));
        map.put("calls", byCaller);
        map.put("rangeStarts", List.copyOf(rangeStarts));
        RateLimits limits = rateLimits;
        map.put("rateLimits", limits == null ? false : limits.describe());
        return map;
    }

    /** Waits {@code delayMs}, then throws a 503 refusal for a {@code failureRate} share of calls. */
    public void beforeCall() {
        if (delayMs > 0) {
            try {
                Thread.sleep(delayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failureRate > 0 && ThreadLocalRandom.current().nextDouble() < failureRate) {
            injected.incrementAndGet();
            throw new BrokerRefusal(503, "Service Unavailable", "Fault mode: the sandbox broker is unavailable");
        }
    }

    /** 503 for a confirm while {@code failConfirms} is on: the state of a server stopped between download and confirm. */
    public void beforeConfirm() {
        if (failConfirms) {
            injected.incrementAndGet();
            throw new BrokerRefusal(503, "Service Unavailable", "Fault mode: confirmations fail");
        }
    }

    /** Counts a complete download of the transfer (observed by tests: a file fetched by two instances shows twice). */
    public void downloaded(String fileTransferId) {
        downloads.computeIfAbsent(fileTransferId, id -> new AtomicInteger()).incrementAndGet();
    }

    /**
     * Counts a call by the organisation to the endpoint ({@link RateLimits#ALTINN}'s names).
     *
     * @throws TooManyRequests when rate limits are on and this call is over one
     */
    public void call(String orgno, String endpoint) {
        calls.computeIfAbsent(orgno, o -> new ConcurrentHashMap<>())
                .computeIfAbsent(endpoint, e -> new AtomicInteger())
                .incrementAndGet();
        RateLimits limits = rateLimits;
        if (limits != null) {
            limits.call(orgno, endpoint, System.currentTimeMillis());
        }
    }

    public void confirmed(String fileTransferId) {
        confirmations
                .computeIfAbsent(fileTransferId.toLowerCase(), id -> new AtomicInteger())
                .incrementAndGet();
    }

    /** A download asked for bytes from {@code start} on ({@code Range}). */
    public void rangeFrom(long start) {
        rangeStarts.add(start);
    }

    /** Whether this transfer is served with its first byte changed (so its MD5 never matches). */
    public boolean corrupt(String fileTransferId) {
        return corrupt.contains(fileTransferId.toLowerCase());
    }

    private static Map<String, Integer> counts(Map<String, AtomicInteger> counters) {
        Map<String, Integer> map = new TreeMap<>();
        counters.forEach((key, n) -> map.put(key, n.get()));
        return map;
    }

    /** Bytes after which this download's connection is dropped, or -1 to send it whole. */
    public long dropPoint() {
        return dropDownloads.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0 ? dropAfterBytes : -1;
    }
}
