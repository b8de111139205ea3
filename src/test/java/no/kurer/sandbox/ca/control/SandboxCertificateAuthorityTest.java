package no.kurer.sandbox.ca.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxCertificateAuthorityTest {

    @TempDir
    Path dir;

    @Test
    void issuesEnterpriseCertificateWithOrgnoChainingToRoot() throws Exception {
        var cut = new SandboxCertificateAuthority(dir);

        EnterpriseIdentity identity = cut.issue("910076787", "Bunadsrådet");

        X509Certificate leaf = identity.certificate();
        assertEquals("910076787", identity.orgno());
        assertEquals(2, identity.chain().size());
        assertEquals(cut.certificate(), identity.chain().get(1));
        leaf.verify(cut.certificate().getPublicKey());
        assertEquals("910076787", OrganisationNumbers.of(leaf).orElseThrow());
        String subject = leaf.getSubjectX500Principal().getName();
        assertTrue(subject.contains("2.5.4.97=") && subject.contains("C=NO"), subject);
        assertTrue(
                leaf.getKeyUsage()[0] && leaf.getKeyUsage()[1] && leaf.getKeyUsage()[2],
                "signature, non-repudiation, key encipherment");
        assertEquals(-1, leaf.getBasicConstraints());
        long days = (leaf.getNotAfter().getTime() - leaf.getNotBefore().getTime()) / 86_400_000L;
        assertTrue(days >= 729 && days <= 731, "about two years, was " + days);
        assertEquals("910076787", new ChainValidator(cut.certificate(), Clock.systemUTC()).orgnoOf(identity.chain()));
    }

    @Test
    void rootSurvivesReloadAndIsWrittenAsPem() throws Exception {
        var first = new SandboxCertificateAuthority(dir);
        EnterpriseIdentity issued = first.issue("991825827", "Digdir");

        var cut = new SandboxCertificateAuthority(dir);

        assertEquals(first.certificate(), cut.certificate());
        assertTrue(cut.certificate().getSubjectX500Principal().getName().contains("CN=Kurer Sandbox Root CA"));
        issued.certificate().verify(cut.certificate().getPublicKey());
        var fromPem = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(dir.resolve("ca.pem"))));
        assertEquals(cut.certificate(), fromPem);
    }

    @Test
    void persistentIdentityIsTheSameAfterReload() {
        EnterpriseIdentity mailbox = new SandboxCertificateAuthority(dir).persistentIdentity("987464291", "Mailbox");

        EnterpriseIdentity again = new SandboxCertificateAuthority(dir).persistentIdentity("987464291", "Mailbox");

        assertEquals(mailbox.certificate(), again.certificate());
        assertEquals(mailbox.privateKey(), again.privateKey());
    }

    @Test
    void foreignCertificateDoesNotChain() {
        var foreign = new SandboxCertificateAuthority(dir.resolve("other")).issue("910076787", "Elsewhere");
        var cut = new ChainValidator(new SandboxCertificateAuthority(dir).certificate(), Clock.systemUTC());

        assertThrows(ChainValidator.UntrustedCertificate.class, () -> cut.orgnoOf(foreign.chain()));
    }

    @Test
    void refusesOrgnoThatIsNotNineDigits() {
        var cut = new SandboxCertificateAuthority(dir);

        assertThrows(IllegalArgumentException.class, () -> cut.issue("12345", "Short"));
    }
}
