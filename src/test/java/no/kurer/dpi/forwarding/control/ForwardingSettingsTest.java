package no.kurer.dpi.forwarding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.kurer.configuration.InvalidConfiguration;
import no.kurer.configuration.Settings;
import org.junit.jupiter.api.Test;

class ForwardingSettingsTest {

    final Map<String, String> config = new HashMap<>();
    final ForwardingSettings cut = new ForwardingSettings(new Settings(key -> Optional.ofNullable(config.get(key))));

    @Test
    void defaultsAreTheDocumentedOnes() {
        ForwardingPolicy policy = cut.policy();

        assertEquals(10, policy.maxAttempts());
        assertEquals(Duration.ofSeconds(10), policy.backoff().after(1));
        assertEquals(Duration.ofSeconds(3600), policy.backoff().after(20));
        assertEquals(Duration.ofSeconds(900), policy.claimFor());
        assertEquals(20, policy.batchSize());
        assertEquals("digitalpostinnbygger:send", cut.forwardScope());
        assertEquals(Duration.ofSeconds(10), cut.connectTimeout());
        assertEquals(Duration.ofSeconds(300), cut.requestTimeout());
    }

    @Test
    void changesAreReadLiveAndNumbersBelowOneCountAsOne() {
        config.put("dpi.forward.max-attempts", "0");
        config.put("dpi.forward.batch-size", "-5");
        assertEquals(1, cut.policy().maxAttempts());
        assertEquals(1, cut.policy().batchSize());

        config.put("dpi.forward.max-attempts", "3");
        assertEquals(3, cut.policy().maxAttempts());
    }

    @Test
    void eachReceiverHasItsOwnRouteKey() {
        config.put("dpi.route.987464291", "https://c3.example");

        assertEquals("dpi.route.987464291", ForwardingSettings.routeKey("987464291"));
        assertEquals(Optional.of("https://c3.example"), cut.route("987464291"));
        assertEquals(Optional.empty(), cut.route("984661185"));
    }

    @Test
    void aMalformedNumberNamesItsKey() {
        config.put("dpi.forward.claim-seconds", "a quarter of an hour");

        InvalidConfiguration refused = assertThrows(InvalidConfiguration.class, cut::policy);
        assertTrue(refused.getMessage().contains("dpi.forward.claim-seconds"), refused.getMessage());
    }
}
