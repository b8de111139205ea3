package no.kurer.maskinporten.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import no.kurer.sandbox.ca.control.SandboxCertificateAuthority;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnterpriseKeystoreTest {

    @TempDir
    static Path dir;

    static SandboxCertificateAuthority ca;
    static EnterpriseIdentity kurer;
    static EnterpriseIdentity other;
    static Path twoEntries;

    @BeforeAll
    static void keystores() throws Exception {
        ca = new SandboxCertificateAuthority(dir);
        kurer = ca.issue("999888771", "Kurer");
        other = ca.issue("910076787", "Other");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("ca", ca.certificate());
        store.setKeyEntry("kurer", kurer.privateKey(), "secret".toCharArray(), kurer.chainArray());
        store.setKeyEntry("other", other.privateKey(), "secret".toCharArray(), other.chainArray());
        twoEntries = dir.resolve("two.p12");
        try (OutputStream out = Files.newOutputStream(twoEntries)) {
            store.store(out, "secret".toCharArray());
        }
    }

    @Test
    void aliasPicksTheEntryAndItsKeySignsForItsCertificate() throws Exception {
        EnterpriseKeystore cut = EnterpriseKeystore.load(twoEntries, "secret".toCharArray(), "other");

        assertEquals("910076787", cut.orgno());
        assertEquals(other.chain(), cut.chain());
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(cut.privateKey());
        signer.update("feil".getBytes());
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(cut.certificate());
        verifier.update("feil".getBytes());
        assertTrue(verifier.verify(signature));
    }

    @Test
    void withoutAliasTheFirstPrivateKeyEntryIsUsed() {
        EnterpriseKeystore cut = EnterpriseKeystore.load(twoEntries, "secret".toCharArray(), null);

        assertTrue(Set.of("999888771", "910076787").contains(cut.orgno()));
        assertEquals(2, cut.chain().size());
    }

    @Test
    void wrongPasswordNamesThePasswordKey() {
        var unreadable = assertThrows(
                UnreadableKey.class, () -> EnterpriseKeystore.load(twoEntries, "wrong".toCharArray(), null));

        assertEquals(503, unreadable.status());
        assertTrue(unreadable.detail().contains("'maskinporten.keystore.password'"), unreadable.detail());
    }

    @Test
    void unknownAliasNamesTheAliasKey() {
        var unreadable = assertThrows(
                UnreadableKey.class, () -> EnterpriseKeystore.load(twoEntries, "secret".toCharArray(), "nobody"));

        assertTrue(unreadable.detail().contains("'maskinporten.keystore.alias'"), unreadable.detail());
        assertTrue(unreadable.detail().contains("nobody"), unreadable.detail());
    }

    @Test
    void missingFileNamesThePathKey() {
        var unreadable = assertThrows(
                UnreadableKey.class,
                () -> EnterpriseKeystore.load(dir.resolve("absent.p12"), "secret".toCharArray(), null));

        assertTrue(unreadable.detail().contains("'maskinporten.keystore.path'"), unreadable.detail());
    }

    @Test
    void certificateWithoutOrgnoIsNotAnEnterpriseCertificate() {
        EnterpriseKeystore root = new EnterpriseKeystore(kurer.privateKey(), List.of(ca.certificate()));

        assertThrows(IllegalStateException.class, root::orgno);
    }

    @Test
    void x5cIsTheWholeChainLeafFirst() throws Exception {
        var jws = new JsonWebSignature();
        EnterpriseKeystore.load(twoEntries, "secret".toCharArray(), "kurer").identify(jws);

        assertArrayEquals(
                kurer.chainArray(), jws.getCertificateChainHeaderValue().toArray(X509Certificate[]::new));
    }
}
