package no.kurer.nextmove.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import no.kurer.configuration.Settings;
import org.junit.jupiter.api.Test;

class NextMoveSettingsTest {

    @Test
    void authenticationIsOnUntilAnAdministratorSwitchesItOffExplicitly() {
        assertTrue(settings(Map.of()).authentication());
        assertTrue(settings(Map.of("nextmove.authentication", "on")).authentication());
        assertFalse(settings(Map.of("nextmove.authentication", "off")).authentication());
        assertFalse(settings(Map.of("nextmove.authentication", "false")).authentication());
    }

    @Test
    void aPeekHoldsAMessageFiveMinutesByDefaultAndAtLeastOne() {
        assertEquals(Duration.ofMinutes(5), settings(Map.of()).lock());
        assertEquals(
                Duration.ofMinutes(30),
                settings(Map.of("nextmove.lock-minutes", "30")).lock());
        assertEquals(
                Duration.ofMinutes(1),
                settings(Map.of("nextmove.lock-minutes", "0")).lock());
    }

    private static NextMoveSettings settings(Map<String, String> values) {
        return new NextMoveSettings(new Settings(key -> Optional.ofNullable(values.get(key))));
    }
}
