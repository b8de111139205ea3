package no.kurer.dpi.peppol.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Kurer's AS4 access point certificate (a PKCS#12 keystore: the key AS4 messages are signed and receipts decrypted
 * with; its subject CN is the Peppol seat id, e.g. {@code PNO000001}) and the CAs whose access point certificates
 * Kurer trusts (a PEM file: corner 3's certificate from the SMP must chain to one, and so must every AS4 signature
 * Kurer accepts).
 */
public record As4Credentials(
        KeyStore keyStore, String alias, char[] password, KeyStore trustStore, List<X509Certificate> trustedCas) {

    public static As4Credentials load(Path keystore, String password, String alias, Path trustedCaPem) {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                keys.load(in, password.toCharArray());
            }
            String chosen =
                    alias != null && !alias.isBlank() ? alias : keys.aliases().nextElement();
            if (!keys.isKeyEntry(chosen)) {
                throw new IllegalStateException("The AS4 keystore " + keystore + " has no key entry " + chosen);
            }
            List<X509Certificate> cas = certificates(trustedCaPem);
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            for (int i = 0; i < cas.size(); i++) {
                trust.setCertificateEntry("ca" + i, cas.get(i));
            }
            return new As4Credentials(keys, chosen, password.toCharArray(), trust, cas);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(
                    "Cannot read Kurer's AS4 keystore " + keystore + " or trusted CAs " + trustedCaPem + ": "
                            + e.getMessage(),
                    e);
        }
    }

    /** The certificates of a PEM file. */
    public static List<X509Certificate> certificates(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            List<X509Certificate> found = CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast)
                    .toList();
            if (found.isEmpty()) {
                throw new IllegalStateException(pem + " holds no certificate");
            }
            return found;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the certificates in " + pem + ": " + e.getMessage(), e);
        }
    }

    public X509Certificate certificate() {
        try {
            return (X509Certificate) keyStore.getCertificate(alias);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Peppol seat id: the CN of the access point certificate. */
    public String seatId() {
        String dn = certificate().getSubjectX500Principal().getName();
        for (String part : dn.split(",")) {
            if (part.strip().startsWith("CN=")) {
                return part.strip().substring(3);
            }
        }
        throw new IllegalStateException("Kurer's AS4 certificate has no CN: " + dn);
    }
}
