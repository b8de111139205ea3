package no.kurer.dpi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.kurer.configuration.InvalidConfiguration;
import no.kurer.configuration.MissingConfiguration;
import no.kurer.configuration.Settings;
import org.junit.jupiter.api.Test;

class IntakeSettingsTest {

    final Map<String, String> configured = new HashMap<>();
    final IntakeSettings cut = new IntakeSettings(new Settings(key -> Optional.ofNullable(configured.get(key))));

    @Test
    void defaultsAreTheDocumentedProductionValues() {
        assertEquals("digitalpostinnbygger:send", cut.scope());
        assertFalse(cut.requireAudience());
        assertEquals(2L * 1024 * 1024 * 1024, cut.maxDocumentBytes());
        MissingConfiguration missing = assertThrows(MissingConfiguration.class, cut::audience);
        assertTrue(missing.getMessage().contains("dpi.audience"), missing.getMessage());
    }

    @Test
    void everyKeyIsReadLive() {
        configured.put("dpi.audience", "https://c2.example/dpi");
        configured.put("dpi.scope", "example:send");
        configured.put("dpi.require-audience", "true");
        configured.put("dpi.max-document-bytes", "1024");

        assertEquals("https://c2.example/dpi", cut.audience());
        assertEquals("example:send", cut.scope());
        assertTrue(cut.requireAudience());
        assertEquals(1024, cut.maxDocumentBytes());
    }

    @Test
    void aMalformedValueNamesItsKey() {
        configured.put("dpi.max-document-bytes", "2 GiB");
        InvalidConfiguration invalid = assertThrows(InvalidConfiguration.class, cut::maxDocumentBytes);
        assertEquals(503, invalid.status());
        assertTrue(invalid.getMessage().contains("dpi.max-document-bytes"), invalid.getMessage());
    }
}
