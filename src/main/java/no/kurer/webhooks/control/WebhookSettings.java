package no.kurer.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import no.kurer.configuration.Key;
import no.kurer.configuration.Settings;
import no.kurer.platform.Backoff;

/** The webhook keys, read live: how often the round runs, how often and how long a delivery is tried. */
@ApplicationScoped
public class WebhookSettings {

    public static final Key<Long> INTERVAL = Key.number("webhooks.interval-seconds", 5);
    public static final Key<Long> MAX_ATTEMPTS = Key.number("webhooks.max-attempts", 5);
    public static final Key<Long> TIMEOUT_MS = Key.number("webhooks.timeout-ms", 10_000);
    public static final Key<Long> INITIAL_BACKOFF = Key.number("webhooks.initial-backoff-seconds", 10);
    public static final Key<Long> MAX_BACKOFF = Key.number("webhooks.max-backoff-seconds", 600);
    public static final Key<Long> CLAIM = Key.number("webhooks.claim-seconds", 120);

    private Settings settings;

    protected WebhookSettings() {}

    @Inject
    public WebhookSettings(Settings settings) {
        this.settings = settings;
    }

    public Duration interval() {
        return Duration.ofSeconds(Math.max(1, settings.get(INTERVAL)));
    }

    /** At least one. */
    public int maxAttempts() {
        return (int) Math.max(1, settings.get(MAX_ATTEMPTS));
    }

    /** Connecting, and then waiting for the answer, each. */
    public Duration timeout() {
        return Duration.ofMillis(Math.max(1, settings.get(TIMEOUT_MS)));
    }

    public Backoff backoff() {
        long initial = Math.max(1, settings.get(INITIAL_BACKOFF));
        return new Backoff(
                Duration.ofSeconds(initial), Duration.ofSeconds(Math.max(initial, settings.get(MAX_BACKOFF))));
    }

    /** How long an instance holds a delivery it sends; kept above two timeouts. */
    public Duration claim() {
        Duration claim = Duration.ofSeconds(Math.max(1, settings.get(CLAIM)));
        Duration floor = timeout().multipliedBy(2);
        return claim.compareTo(floor) < 0 ? floor : claim;
    }
}
