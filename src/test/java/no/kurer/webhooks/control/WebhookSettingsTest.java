package no.kurer.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import no.kurer.configuration.Settings;
import no.kurer.platform.Backoff;
import org.junit.jupiter.api.Test;

class WebhookSettingsTest {

    static WebhookSettings with(Map<String, String> values) {
        return new WebhookSettings(new Settings(key -> Optional.ofNullable(values.get(key))));
    }

    @Test
    void defaultsAreFiveAttemptsTenSecondTimeoutsAndABackoffFromTenSecondsToTenMinutes() {
        WebhookSettings cut = with(Map.of());
        assertEquals(5, cut.maxAttempts());
        assertEquals(Duration.ofSeconds(10), cut.timeout());
        Backoff backoff = cut.backoff();
        assertEquals(Duration.ofSeconds(10), backoff.after(1));
        assertEquals(Duration.ofSeconds(20), backoff.after(2));
        assertEquals(Duration.ofSeconds(80), backoff.after(4));
        assertEquals(Duration.ofMinutes(10), backoff.after(50), "never beyond the maximum");
        assertEquals(Duration.ofSeconds(5), cut.interval());
    }

    @Test
    void boundsHoldWhateverIsConfigured() {
        WebhookSettings cut = with(Map.of(
                "webhooks.max-attempts", "0",
                "webhooks.initial-backoff-seconds", "30",
                "webhooks.max-backoff-seconds", "5",
                "webhooks.timeout-ms", "60000",
                "webhooks.claim-seconds", "10",
                "webhooks.interval-seconds", "0"));
        assertEquals(1, cut.maxAttempts(), "at least one attempt");
        assertEquals(Duration.ofSeconds(30), cut.backoff().after(3), "a maximum below the first wait is raised to it");
        assertEquals(Duration.ofMinutes(2), cut.claim(), "a claim outlasts two timeouts");
        assertEquals(Duration.ofSeconds(1), cut.interval());
    }
}
