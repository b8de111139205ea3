package no.kurer.dpi.peppol.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import no.kurer.dpi.peppol.control.TransportChoice.Kind;
import org.junit.jupiter.api.Test;

class TransportChoiceTest {

    static TransportChoice cut(Map<String, String> config) {
        return new TransportChoice(key -> Optional.ofNullable(config.get(key)));
    }

    @Test
    void restUnlessConfigured() {
        assertEquals(Kind.REST, cut(Map.of()).of("987464291"));
    }

    @Test
    void theReceiversOwnKeyWinsOverTheDefault() {
        var cut = cut(Map.of("dpi.transport", "as4", "dpi.transport.987464291", "rest"));
        assertEquals(Kind.REST, cut.of("987464291"));
        assertEquals(Kind.AS4, cut.of("910076000"));
        assertEquals(Kind.AS4, cut(Map.of("dpi.transport.910076000", " AS4 ")).of("910076000"));
    }

    @Test
    void anUnknownValueNamesItsKey() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> cut(Map.of("dpi.transport.910076000", "smtp")).of("910076000"));
        assertTrue(refused.getMessage().contains("dpi.transport.910076000"), refused.getMessage());
    }
}
