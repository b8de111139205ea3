package no.kurer.sandbox.broker.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private volatile boolean failConfirms;
    private final Map<String, AtomicInteger> downloads = new ConcurrentHashMap<>();

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
    }

    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("failureRate", failureRate);
        map.put("delayMs", delayMs);
        map.put("dropAfterBytes", dropAfterBytes);
        map.put("dropDownloads", dropDownloads.get());
        map.put("failConfirms", failConfirms);
        map.put("injected503", injected.get());
        map.put("downloads", downloads.values().stream().mapToInt(AtomicInteger::get).sum());
        map.put("transfersDownloadedMoreThanOnce", downloads.values().stream().filter(n -> n.get() > 1).count());
        Map<String, Integer> byTransfer = new java.util.TreeMap<>();
        downloads.forEach((id, n) -> byTransfer.put(id, n.get()));
        map.put("downloadsByTransfer", byTransfer);
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

    /** Bytes after which this download's connection is dropped, or -1 to send it whole. */
    public long dropPoint() {
        return dropDownloads.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0 ? dropAfterBytes : -1;
    }
}
