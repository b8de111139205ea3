package no.kurer.platform;

import java.time.Duration;

/** Exponential backoff between attempts (forwarding to corner 3, DPO sending): {@code initial} after the first failure, doubling after each further one, never over {@code cap}. */
public record Backoff(Duration initial, Duration cap) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || cap.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= cap, got " + initial + " and " + cap);
        }
    }

    /** How long to wait after {@code failures} failed attempts (1 or more). */
    public Duration after(int failures) {
        Duration delay = initial;
        for (int i = 1; i < failures && delay.compareTo(cap) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(cap) > 0 ? cap : delay;
    }
}
