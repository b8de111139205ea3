package no.kurer.dpi.kvittering.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.kurer.configuration.InvalidConfiguration;
import no.kurer.configuration.Settings;
import org.junit.jupiter.api.Test;

class KvitteringSettingsTest {

    @Test
    void allowedCorner3sAreOrgnosWithOrWithoutPrefixAndNobodyWhenUnset() {
        var cut = settings(Map.of("dpi.c3.allowed-consumers", " 0192:924918004 , 987464291,,"));

        assertEquals(Set.of("924918004", "987464291"), cut.allowedConsumers());
        assertTrue(settings(Map.of()).allowedConsumers().isEmpty());
    }

    @Test
    void defaultsAreDigdirsScopeAndThirtyDays() {
        var cut = settings(Map.of());

        assertEquals("digitalpostinnbygger:send", cut.scope());
        assertEquals(Duration.ofDays(30), cut.retention());
        assertEquals(
                Duration.ofDays(7), settings(Map.of("dpi.retention.days", "7")).retention());
    }

    @Test
    void aMalformedRetentionNamesItsKey() {
        var refused = assertThrows(
                InvalidConfiguration.class,
                () -> settings(Map.of("dpi.retention.days", "a month")).retention());

        assertEquals(503, refused.status());
        assertTrue(refused.detail().contains("dpi.retention.days"), refused::detail);
    }

    private static KvitteringSettings settings(Map<String, String> values) {
        return new KvitteringSettings(new Settings(key -> Optional.ofNullable(values.get(key))));
    }
}
