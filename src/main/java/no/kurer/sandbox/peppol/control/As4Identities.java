package no.kurer.sandbox.peppol.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import no.kurer.sandbox.ca.control.SandboxCertificateAuthority;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;

/**
 * The sandbox's PEPPOL certificates, issued by the sandbox CA at start: Kurer's access point (seat id
 * {@code PNO000001}, written to {@code <dir>/as4/kurer-as4.p12}, password {@code sandbox}, alias {@code as4}, where the
 * {@code %sandbox.} profile points {@code dpi.as4.keystore.path}), the sandbox corner 3's ({@code PNO000003}) and the
 * sandbox SMP's signing certificate. Peppol takes the AP's party id from its certificate's CN, hence the seat ids.
 */
public record As4Identities(EnterpriseIdentity kurer, EnterpriseIdentity corner3, EnterpriseIdentity smp) {

    public static final String PASSWORD = "sandbox";
    public static final String ALIAS = "as4";

    public static As4Identities issue(
            SandboxCertificateAuthority ca, String kurerOrgno, String corner3Orgno, Path dir) {
        As4Identities identities = new As4Identities(
                ca.issue(kurerOrgno, "PNO000001"),
                ca.issue(corner3Orgno, "PNO000003"),
                ca.issue(corner3Orgno, "Sandbox SMP"));
        write(identities.kurer(), dir.resolve("as4").resolve("kurer-as4.p12"));
        return identities;
    }

    public static KeyStore keyStore(EnterpriseIdentity identity) {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry(ALIAS, identity.privateKey(), PASSWORD.toCharArray(), identity.chainArray());
            return keys;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a sandbox AS4 keystore", e);
        }
    }

    public static KeyStore trustStore(SandboxCertificateAuthority ca) {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("ca", ca.certificate());
            return trust;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the sandbox AS4 trust store", e);
        }
    }

    private static void write(EnterpriseIdentity identity, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "kurer-as4", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                keyStore(identity).store(out, PASSWORD.toCharArray());
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }
}
