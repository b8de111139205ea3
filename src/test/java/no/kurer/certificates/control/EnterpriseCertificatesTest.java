package no.kurer.certificates.control;

import static no.kurer.certificates.control.TestPki.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnterpriseCertificatesTest {

    static TestPki.Issued ca;
    static TestPki.Issued intermediate;
    static TestPki.Issued leaf;
    static TestPki.Issued otherCa;
    static TestPki.Issued otherLeaf;

    @TempDir
    Path dir;

    @BeforeAll
    static void pki() {
        ca = TestPki.ca("Test Root CA");
        intermediate = TestPki.intermediate(ca, "Test Issuing CA");
        leaf = TestPki.leafWithSerialNumber(intermediate, "991825827");
        otherCa = TestPki.ca("Other Root CA");
        otherLeaf = TestPki.leafWithSerialNumber(otherCa, "991825827");
    }

    EnterpriseCertificates trusting(TestPki.Issued... cas) throws IOException {
        var file = dir.resolve("ca.pem");
        Files.writeString(
                file,
                TestPki.pem(Arrays.stream(cas).map(TestPki.Issued::certificate).toArray(X509Certificate[]::new)));
        return new EnterpriseCertificates(file);
    }

    @Test
    void chainThroughIntermediateToTrustedCaIsAcceptedAndNamesTheOrgno() throws IOException {
        var cut = trusting(ca);

        assertEquals("991825827", cut.verify(List.of(leaf.certificate(), intermediate.certificate()), NOW));
    }

    @Test
    void leafWithoutItsIntermediateIsRefused() throws IOException {
        var cut = trusting(ca);

        assertThrows(UntrustedCertificate.class, () -> cut.validate(List.of(leaf.certificate()), NOW));
    }

    @Test
    void leafFromAnotherCaIsRefused() throws IOException {
        var cut = trusting(ca);

        var refused =
                assertThrows(UntrustedCertificate.class, () -> cut.validate(List.of(otherLeaf.certificate()), NOW));
        assertEquals(400, refused.status());
    }

    @Test
    void selfSignedLeafIsRefused() throws IOException {
        var cut = trusting(ca);
        var self = TestPki.ca("Pretender");

        assertThrows(UntrustedCertificate.class, () -> cut.validate(List.of(self.certificate()), NOW));
    }

    @Test
    void expiredLeafIsRefused() throws IOException {
        var expired = TestPki.leaf(
                intermediate,
                new X500Name("CN=Old, SERIALNUMBER=991825827, C=NO"),
                NOW.minus(Duration.ofDays(800)),
                NOW.minus(Duration.ofDays(1)));
        var cut = trusting(ca);

        assertThrows(
                UntrustedCertificate.class,
                () -> cut.validate(List.of(expired.certificate(), intermediate.certificate()), NOW));
        cut.validate(List.of(expired.certificate(), intermediate.certificate()), NOW.minus(Duration.ofDays(2)));
    }

    @Test
    void orgnoFromSerialNumber() throws IOException {
        assertEquals("991825827", trusting(ca).orgno(leaf.certificate()));
    }

    @Test
    void orgnoFromOrganizationIdentifier() throws IOException {
        var seid2 = TestPki.leafWithOrganizationIdentifier(intermediate, "810969342");

        assertEquals("810969342", trusting(ca).orgno(seid2.certificate()));
    }

    @Test
    void certificateWithoutOrgnoIsRefused() throws IOException {
        var person = TestPki.leaf(
                intermediate,
                new X500Name("CN=Ola Nordmann, SERIALNUMBER=UN:NO-1234, C=NO"),
                NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(1)));
        var cut = trusting(ca);

        assertThrows(
                UntrustedCertificate.class,
                () -> cut.verify(List.of(person.certificate(), intermediate.certificate()), NOW));
    }

    @Test
    void replacedCaFileIsPickedUp() throws IOException {
        var cut = trusting(otherCa);
        var chain = List.of(leaf.certificate(), intermediate.certificate());
        assertThrows(UntrustedCertificate.class, () -> cut.validate(chain, NOW));

        var file = dir.resolve("ca.pem");
        Files.writeString(file, TestPki.pem(otherCa.certificate(), ca.certificate()));
        Files.setLastModifiedTime(
                file, FileTime.from(Files.getLastModifiedTime(file).toInstant().plusSeconds(5)));

        cut.validate(chain, NOW);
    }

    // A chain that built is remembered (senders sign every message with the same certificate), but never past
    // what would refuse it.

    @Test
    void chainTrustedBeforeIsRefusedOnceItsCaLeavesTheFile() throws IOException {
        var cut = trusting(ca);
        var chain = List.of(leaf.certificate(), intermediate.certificate());
        cut.validate(chain, NOW);

        var file = dir.resolve("ca.pem");
        Files.writeString(file, TestPki.pem(otherCa.certificate()));
        Files.setLastModifiedTime(
                file, FileTime.from(Files.getLastModifiedTime(file).toInstant().plusSeconds(5)));

        assertThrows(UntrustedCertificate.class, () -> cut.validate(chain, NOW));
    }

    @Test
    void chainTrustedBeforeIsRefusedOnceTheLeafExpires() throws IOException {
        var shortLived = TestPki.leaf(
                intermediate,
                new X500Name("CN=Short, SERIALNUMBER=991825827, C=NO"),
                NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofMinutes(1)));
        var cut = trusting(ca);
        var chain = List.of(shortLived.certificate(), intermediate.certificate());
        cut.validate(chain, NOW);

        assertThrows(UntrustedCertificate.class, () -> cut.validate(chain, NOW.plus(Duration.ofMinutes(2))));
        assertThrows(UntrustedCertificate.class, () -> cut.validate(chain, NOW.minus(Duration.ofDays(2))));
    }

    @Test
    void chainIsBuiltAgainAfterTenMinutesSoRevocationCheckingLagsAtMostThat() throws IOException {
        var file = dir.resolve("ca.pem");
        Files.writeString(file, TestPki.pem(ca.certificate()));
        var builds = new AtomicInteger();
        var cut = new EnterpriseCertificates(file, parameters -> builds.incrementAndGet());
        var chain = List.of(leaf.certificate(), intermediate.certificate());

        cut.validate(chain, NOW);
        cut.validate(chain, NOW.plus(Duration.ofMinutes(9)));
        assertEquals(1, builds.get());

        cut.validate(chain, NOW.plus(Duration.ofMinutes(11)));
        assertEquals(2, builds.get());
    }

    @Test
    void caFileWrittenAfterStartIsPickedUp() throws IOException {
        var file = dir.resolve("later.pem");
        var cut = new EnterpriseCertificates(file);
        var chain = List.of(leaf.certificate(), intermediate.certificate());
        var missing = assertThrows(TrustAnchorsUnavailable.class, () -> cut.validate(chain, NOW));
        assertEquals(503, missing.status());

        Files.writeString(file, TestPki.pem(ca.certificate()));

        cut.validate(chain, NOW);
    }

    @Test
    void caFileWithoutCertificatesIsAServerProblem() throws IOException {
        var file = dir.resolve("empty.pem");
        Files.writeString(file, "not a certificate\n");
        var cut = new EnterpriseCertificates(file);

        var problem = assertThrows(
                TrustAnchorsUnavailable.class,
                () -> cut.validate(List.of(leaf.certificate(), intermediate.certificate()), NOW));
        assertTrue(problem.detail().contains(file.toString()));
    }
}
