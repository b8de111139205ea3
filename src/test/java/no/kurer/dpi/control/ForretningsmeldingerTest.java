package no.kurer.dpi.control;

import no.kurer.configuration.MissingConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForretningsmeldingerTest {

    Forretningsmeldinger cut = new Forretningsmeldinger();
    String configured;

    @TempDir
    Path dir;

    ForretningsmeldingerTest() {
        cut.trustedCaCertificates = () -> Optional.ofNullable(configured);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blankCaFileKeyAnswersMissingConfiguration(String value) {
        configured = value;

        var missing = assertThrows(MissingConfiguration.class, () -> cut.read("a.b.c"));
        assertEquals(503, missing.status());
        assertTrue(missing.detail().contains("dpi.trusted-ca-certificates"), missing.detail());
    }

    @Test
    void missingCaFileKeyAnswersMissingConfiguration() {
        assertThrows(MissingConfiguration.class, () -> cut.read("a.b.c"));
        assertThrows(MissingConfiguration.class, () -> cut.trustedCertificates());
    }

    @Test
    void keySetAfterDeploymentIsUsedAndTheReaderKeptWhileItStays() throws Exception {
        assertThrows(MissingConfiguration.class, () -> cut.read("a.b.c"));
        var ca = TestPki.ca("Bean CA");
        var signer = TestPki.leafWithOrganizationIdentifier(ca, "991825827");
        Files.writeString(dir.resolve("ca.pem"), TestPki.pem(ca.certificate()));
        configured = dir.resolve("ca.pem").toString();
        var jws = TestJws.sign(DpiExamples.read(DpiExamples.komplette("digital-forretningsmelding.json")), signer,
                signer.certificate());

        assertEquals("991825827", cut.read(jws).signerOrgno());
        assertSame(cut.reader(), cut.reader());
        assertSame(cut.trustedCertificates(), cut.trustedCertificates());

        var first = cut.reader();
        var firstTrusted = cut.trustedCertificates();
        configured = dir.resolve("other.pem").toString();
        assertNotSame(first, cut.reader());
        assertNotSame(firstTrusted, cut.trustedCertificates());
        assertThrows(TrustAnchorsUnavailable.class, () -> cut.read(jws));
    }
}
