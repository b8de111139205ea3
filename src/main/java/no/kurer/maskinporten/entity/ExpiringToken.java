package no.kurer.maskinporten.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * A bearer token and its lifetime. It is renewed at {@link #renewAt()}: before expiry by 20 % of its lifetime, at
 * least {@value #MIN_MARGIN_SECONDS} s, so a caller never sends a token that expires on the way.
 */
public record ExpiringToken(String value, Instant issuedAt, Instant expiresAt) {

    public static final long MIN_MARGIN_SECONDS = 10;

    public ExpiringToken {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a token needs a value");
        }
        if (expiresAt.isBefore(issuedAt)) {
            throw new IllegalArgumentException("a token cannot expire before it is issued");
        }
    }

    public Duration lifetime() {
        return Duration.between(issuedAt, expiresAt);
    }

    /** When to ask for a new one: {@code expiresAt - max(20 % of the lifetime, 10 s)}. */
    public Instant renewAt() {
        Duration margin = lifetime().dividedBy(5);
        Duration minimum = Duration.ofSeconds(MIN_MARGIN_SECONDS);
        return expiresAt.minus(margin.compareTo(minimum) < 0 ? minimum : margin);
    }

    public boolean fresh(Instant now) {
        return now.isBefore(renewAt());
    }

    public boolean validAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "ExpiringToken[expiresAt=" + expiresAt + "]";
    }
}
