package no.kurer.sandbox.broker.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fault modes for tests, changeable while running: a share of calls answered 503 before anything happens
 * ({@code failureRate}, 0–1), a delay before every answer ({@code delayMs}), and the next {@code dropDownloads}
 * downloads cut off after {@code dropAfterBytes} bytes (the connection dropped mid-body).
 */
public class BrokerFaults {

    private volatile double failureRate;
    private volatile long delayMs;
    private volatile long dropAfterBytes = 1024;
    private final AtomicInteger dropDownloads = new AtomicInteger();
    private final AtomicInteger injected = new AtomicInteger();

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
    }

    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("failureRate", failureRate);
        map.put("delayMs", delayMs);
        map.put("dropAfterBytes", dropAfterBytes);
        map.put("dropDownloads", dropDownloads.get());
        map.put("injected503", injected.get());
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

    /** Bytes after which this download's connection is dropped, or -1 to send it whole. */
    public long dropPoint() {
        return dropDownloads.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0 ? dropAfterBytes : -1;
    }
}
