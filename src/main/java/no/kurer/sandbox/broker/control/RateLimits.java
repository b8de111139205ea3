package no.kurer.sandbox.broker.control;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Altinn Broker's published rate limits (PROTOCOLS.md, "Rate limits": per integration per minute, search and details
 * 10, initialize, upload, overview, download and confirm 120), enforced for one organisation when a test asks: a sliding
 * window of {@code windowMs} (60 000 as Altinn; shorter to keep a test fast), any limit overridable. A call over a limit
 * is answered 429 with {@code Retry-After}; a call to that endpoint before the time it was told is counted as early.
 */
public class RateLimits {

    public static final Map<String, Integer> ALTINN = Map.of(
            "search",
            10,
            "details",
            10,
            "initialize",
            120,
            "upload",
            120,
            "overview",
            120,
            "download",
            120,
            "confirm",
            120);

    private final String orgno;
    private final long windowMs;
    private final Map<String, Integer> limits = new HashMap<>(ALTINN);
    private final Map<String, Deque<Long>> calls = new HashMap<>();
    private final Map<String, Long> toldToWaitUntil = new HashMap<>();
    private int refused;
    private int early;

    /** From the fault settings' {@code rateLimits} object: {@code orgno}, {@code windowMs}, and limits by endpoint. */
    public RateLimits(Map<?, ?> settings) {
        this.orgno = String.valueOf(settings.get("orgno"));
        this.windowMs = settings.get("windowMs") instanceof Number n ? n.longValue() : 60_000;
        ALTINN.keySet().forEach(endpoint -> {
            if (settings.get(endpoint) instanceof Number n) {
                limits.put(endpoint, n.intValue());
            }
        });
    }

    /** @throws TooManyRequests when this call is over the endpoint's limit for the organisation */
    public synchronized void call(String caller, String endpoint, long now) {
        if (!orgno.equals(caller) || !limits.containsKey(endpoint)) {
            return;
        }
        Long waitUntil = toldToWaitUntil.get(endpoint);
        if (waitUntil != null && now < waitUntil) {
            early++;
        }
        Deque<Long> window = calls.computeIfAbsent(endpoint, e -> new ArrayDeque<>());
        while (!window.isEmpty() && window.peekFirst() <= now - windowMs) {
            window.removeFirst();
        }
        if (window.size() >= limits.get(endpoint)) {
            long seconds = Math.max(1, (window.peekFirst() + windowMs - now + 999) / 1000);
            toldToWaitUntil.merge(endpoint, now + seconds * 1000, Math::max);
            refused++;
            throw new TooManyRequests(endpoint, seconds);
        }
        window.addLast(now);
    }

    public synchronized Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("orgno", orgno);
        map.put("windowMs", windowMs);
        map.put("limits", Map.copyOf(limits));
        map.put("refused429", refused);
        map.put("callsBeforeRetryAfter", early);
        return map;
    }
}
