package no.kurer.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A remote service's "not before" after it answered {@code 429 Too Many Requests} (Altinn Broker, Altinn
 * Authentication, Maskinporten): {@code Retry-After} in seconds or as an HTTP date, a minute when it gives none, never
 * more than {@link #LONGEST} (a bound: a wrong header does not silence a client for days). While it lasts, a client
 * asks nothing of that service and says until when ({@link #waitingUntil}).
 */
public final class RetryAfter {

    public static final Duration LONGEST = Duration.ofMinutes(10);
    static final Duration WITHOUT_HEADER = Duration.ofMinutes(1);

    private final Clock clock;
    private volatile Instant notBefore = Instant.MIN;

    public RetryAfter(Clock clock) {
        this.clock = clock;
    }

    /** The service answered 429 with this {@code Retry-After} header (or none): returns how long to wait. */
    public Duration tooMany(String header) {
        Duration wait = parse(header, clock.instant());
        Instant until = clock.instant().plus(wait);
        if (until.isAfter(notBefore)) {
            notBefore = until;
        }
        return wait;
    }

    /** Until when no call is to be made, when that is still ahead. */
    public Optional<Instant> waitingUntil() {
        Instant until = notBefore;
        return clock.instant().isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    /** {@code Retry-After} as seconds or an HTTP date, bounded by {@link #LONGEST}; a minute when absent or unreadable. */
    public static Duration parse(String header, Instant now) {
        Duration wait = WITHOUT_HEADER;
        if (header != null && !header.isBlank()) {
            try {
                wait = Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
            } catch (NumberFormatException notSeconds) {
                try {
                    Duration until = Duration.between(
                            now,
                            ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                                    .toInstant());
                    wait = until.isNegative() ? Duration.ZERO : until;
                } catch (DateTimeParseException unreadable) {
                    // as absent
                }
            }
        }
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }
}
