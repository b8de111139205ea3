package no.kurer.sandbox.maskinporten.control;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers grant {@code jti}s until they expire, so that a grant cannot be used twice. Bounded:
 * when full of live entries it refuses new ones rather than forget a live one.
 */
public class JtiStore {

    private final Map<String, Instant> seen = new ConcurrentHashMap<>();
    private final int capacity;
    private final Clock clock;

    public JtiStore(int capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    /** @return false when the jti was seen before (and has not expired yet) */
    public synchronized boolean remember(String jti, Instant until) {
        Instant now = clock.instant();
        Instant previous = seen.get(jti);
        if (previous != null && previous.isAfter(now)) {
            return false;
        }
        if (seen.size() >= capacity) {
            seen.values().removeIf(expiry -> !expiry.isAfter(now));
        }
        if (seen.size() >= capacity) {
            throw TokenRefused.invalidGrant("Too many grants in flight; try again in two minutes");
        }
        seen.put(jti, until);
        return true;
    }
}
