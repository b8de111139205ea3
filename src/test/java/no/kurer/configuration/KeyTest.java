package no.kurer.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyTest {

    private static final Key<Long> ATTEMPTS = Key.number("x.max-attempts", 10);
    private static final Key<String> AUDIENCE = Key.text("x.audience");
    private static final Key<Boolean> ON = Key.flag("x.enabled", true);

    private static Settings settings(Map<String, String> values) {
        return new Settings(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void anUnsetOrBlankKeyHasItsDefault() {
        assertEquals(10L, settings(Map.of()).get(ATTEMPTS));
        assertEquals(10L, settings(Map.of("x.max-attempts", "  ")).get(ATTEMPTS));
        assertEquals(true, settings(Map.of()).get(ON));
    }

    @Test
    void aSetKeyIsReadAsItsKind() {
        assertEquals(3L, settings(Map.of("x.max-attempts", " 3 ")).get(ATTEMPTS));
        assertEquals(false, settings(Map.of("x.enabled", "FALSE")).get(ON));
        assertEquals("https://c2", settings(Map.of("x.audience", "https://c2")).get(AUDIENCE));
    }

    @Test
    void aRequiredKeyWithoutValueIsNamedInA503() {
        MissingConfiguration missing = assertThrows(
                MissingConfiguration.class, () -> settings(Map.of()).get(AUDIENCE));
        assertEquals(503, missing.status());
        assertTrue(missing.getMessage().contains("x.audience"), missing.getMessage());
        assertTrue(settings(Map.of()).find(AUDIENCE).isEmpty());
    }

    @Test
    void aValueOfTheWrongKindIsNamedWithTheKey() {
        InvalidConfiguration number = assertThrows(
                InvalidConfiguration.class,
                () -> settings(Map.of("x.max-attempts", "ten")).get(ATTEMPTS));
        assertTrue(
                number.getMessage().contains("x.max-attempts")
                        && number.getMessage().contains("ten"),
                number.getMessage());
        assertThrows(
                InvalidConfiguration.class,
                () -> settings(Map.of("x.enabled", "maybe")).get(ON));
        assertEquals(false, settings(Map.of("x.enabled", "off")).get(ON));
    }
}
