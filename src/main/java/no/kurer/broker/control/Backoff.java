package no.kurer.broker.control;

import java.time.Duration;

/** Waits between attempts: first, then doubling, at most five minutes. */
public record Backoff(Duration first) {

    static final Duration MAX = Duration.ofMinutes(5);

    /** The wait after {@code failures} failed attempts (1 for the first failure). */
    public Duration after(int failures) {
        int shift = Math.max(0, Math.min(failures - 1, 20));
        Duration wait = first.multipliedBy(1L << shift);
        return wait.compareTo(MAX) > 0 || wait.isNegative() ? MAX : wait;
    }
}
