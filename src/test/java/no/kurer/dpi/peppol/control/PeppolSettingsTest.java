package no.kurer.dpi.peppol.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import no.kurer.configuration.InvalidConfiguration;
import no.kurer.configuration.Settings;
import no.kurer.dpi.peppol.control.PeppolSettings.Kind;
import org.junit.jupiter.api.Test;

class PeppolSettingsTest {

    static PeppolSettings cut(Map<String, String> config) {
        return new PeppolSettings(new Settings(key -> Optional.ofNullable(config.get(key))));
    }

    @Test
    void restUnlessConfigured() {
        assertEquals(Kind.REST, cut(Map.of()).transport("987464291"));
    }

    @Test
    void theReceiversOwnKeyWinsOverTheDefault() {
        var cut = cut(Map.of("dpi.transport", "as4", "dpi.transport.987464291", "rest"));
        assertEquals(Kind.REST, cut.transport("987464291"));
        assertEquals(Kind.AS4, cut.transport("910076000"));
        assertEquals(Kind.AS4, cut(Map.of("dpi.transport.910076000", " AS4 ")).transport("910076000"));
    }

    @Test
    void anUnknownValueNamesItsKey() {
        InvalidConfiguration refused = assertThrows(
                InvalidConfiguration.class,
                () -> cut(Map.of("dpi.transport.910076000", "smtp")).transport("910076000"));
        assertTrue(refused.getMessage().contains("dpi.transport.910076000"), refused.getMessage());
    }
}
