package no.kurer.dpi.control.forretningsmelding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import no.kurer.certificates.control.TestPki;
import no.kurer.certificates.control.TrustAnchorsUnavailable;
import no.kurer.certificates.control.TrustedCas;
import no.kurer.configuration.MissingConfiguration;
import no.kurer.configuration.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ForretningsmeldingerTest {

    Forretningsmeldinger cut = new Forretningsmeldinger();
    String configured;

    @TempDir
    Path dir;

    ForretningsmeldingerTest() {
        cut.trustedCas = new TrustedCas(new Settings(key ->
                Settings.FORMER_TRUSTED_CAS.name().equals(key) ? Optional.ofNullable(configured) : Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blankCaFileKeyAnswersMissingConfiguration(String value) {
        configured = value;

        var missing = assertThrows(MissingConfiguration.class, () -> cut.read("a.b.c"));
        assertEquals(503, missing.status());
        assertTrue(missing.detail().contains("certificates.trusted-cas"), missing.detail());
    }

    @Test
    void missingCaFileKeyAnswersMissingConfiguration() {
        assertThrows(MissingConfiguration.class, () -> cut.read("a.b.c"));
    }

    @Test
    void keySetAfterDeploymentIsUsedAndTheReaderKeptWhileItStays() throws Exception {
        assertThrows(MissingConfiguration.class, () -> cut.read("a.b.c"));
        var ca = TestPki.ca("Bean CA");
        var signer = TestPki.leafWithOrganizationIdentifier(ca, "991825827");
        Files.writeString(dir.resolve("ca.pem"), TestPki.pem(ca.certificate()));
        configured = dir.resolve("ca.pem").toString();
        var jws = TestJws.sign(
                DpiExamples.read(DpiExamples.komplette("digital-forretningsmelding.json")),
                signer,
                signer.certificate());

        assertEquals("991825827", cut.read(jws).signerOrgno());
        assertSame(cut.reader(), cut.reader());

        var first = cut.reader();
        configured = dir.resolve("other.pem").toString();
        assertNotSame(first, cut.reader());
        assertThrows(TrustAnchorsUnavailable.class, () -> cut.read(jws));
    }
}
