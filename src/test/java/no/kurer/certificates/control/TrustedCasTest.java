package no.kurer.certificates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.kurer.configuration.MissingConfiguration;
import no.kurer.configuration.Settings;
import org.junit.jupiter.api.Test;

/** Which file of CA certificates Kurer trusts: its own key, or the DPI key it had before. */
class TrustedCasTest {

    final Map<String, String> config = new HashMap<>();
    final TrustedCas cut = new TrustedCas(new Settings(key -> Optional.ofNullable(config.get(key))));

    @Test
    void withNeitherKeyTheOwnKeyIsNamed() {
        var missing = assertThrows(MissingConfiguration.class, cut::certificates);
        assertEquals(503, missing.status());
        assertTrue(missing.detail().contains("certificates.trusted-cas"), missing.detail());
    }

    @Test
    void theFormerDpiKeyIsReadWhenTheOwnKeyIsUnset() {
        config.put("dpi.trusted-ca-certificates", "/etc/kurer/dpi-cas.pem");
        assertEquals(Path.of("/etc/kurer/dpi-cas.pem"), cut.certificates().caFile());
    }

    @Test
    void theOwnKeyWinsAndAChangeIsUsedAtOnce() {
        config.put("dpi.trusted-ca-certificates", "/etc/kurer/dpi-cas.pem");
        config.put("certificates.trusted-cas", "/etc/kurer/cas.pem");
        var first = cut.certificates();
        assertEquals(Path.of("/etc/kurer/cas.pem"), first.caFile());
        assertSame(first, cut.certificates());

        config.put("certificates.trusted-cas", "/etc/kurer/rotated.pem");
        assertNotSame(first, cut.certificates());
        assertEquals(Path.of("/etc/kurer/rotated.pem"), cut.certificates().caFile());
    }
}
