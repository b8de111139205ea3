package no.kurer.certificates.control;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Certificates generated in the test with Bouncy Castle: a CA, an intermediate and enterprise leaves. */
public final class TestPki {

    public static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final AtomicLong SERIAL = new AtomicLong(1000);

    public record Issued(X509Certificate certificate, KeyPair keys) {}

    private TestPki() {}

    public static KeyPair rsa() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Issued ca(String name) {
        var keys = rsa();
        var subject = new X500Name("CN=" + name + ", O=Test CA, C=NO");
        return new Issued(
                certificate(
                        subject,
                        keys,
                        subject,
                        keys,
                        true,
                        NOW.minus(Duration.ofDays(365)),
                        NOW.plus(Duration.ofDays(3650))),
                keys);
    }

    public static Issued intermediate(Issued issuer, String name) {
        var keys = rsa();
        return new Issued(
                certificate(
                        new X500Name("CN=" + name + ", O=Test CA, C=NO"),
                        keys,
                        name(issuer),
                        issuer.keys(),
                        true,
                        NOW.minus(Duration.ofDays(300)),
                        NOW.plus(Duration.ofDays(3000))),
                keys);
    }

    /** A leaf with the orgno as subject serialNumber (older Buypass/Commfides style). */
    public static Issued leafWithSerialNumber(Issued issuer, String orgno) {
        return leaf(
                issuer,
                new X500NameBuilder(BCStyle.INSTANCE)
                        .addRDN(BCStyle.C, "NO")
                        .addRDN(BCStyle.O, "TEST VIRKSOMHET")
                        .addRDN(BCStyle.CN, "Test")
                        .addRDN(BCStyle.SERIALNUMBER, orgno)
                        .build(),
                NOW.minus(Duration.ofDays(10)),
                NOW.plus(Duration.ofDays(700)));
    }

    /** A leaf with the orgno as organizationIdentifier {@code NTRNO-<orgno>} (SEID 2 style). */
    public static Issued leafWithOrganizationIdentifier(Issued issuer, String orgno) {
        return leaf(
                issuer,
                new X500NameBuilder(BCStyle.INSTANCE)
                        .addRDN(BCStyle.C, "NO")
                        .addRDN(BCStyle.O, "TEST VIRKSOMHET")
                        .addRDN(BCStyle.CN, "Test")
                        .addRDN(BCStyle.ORGANIZATION_IDENTIFIER, "NTRNO-" + orgno)
                        .build(),
                NOW.minus(Duration.ofDays(10)),
                NOW.plus(Duration.ofDays(700)));
    }

    public static Issued leaf(Issued issuer, X500Name subject, Instant notBefore, Instant notAfter) {
        var keys = rsa();
        return new Issued(certificate(subject, keys, name(issuer), issuer.keys(), false, notBefore, notAfter), keys);
    }

    public static X500Name name(Issued issued) {
        return X500Name.getInstance(
                issued.certificate().getSubjectX500Principal().getEncoded());
    }

    public static String pem(X509Certificate... certificates) {
        var out = new StringBuilder();
        for (var certificate : certificates) {
            try {
                out.append("-----BEGIN CERTIFICATE-----\n")
                        .append(Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return out.toString();
    }

    private static X509Certificate certificate(
            X500Name subject,
            KeyPair subjectKeys,
            X500Name issuer,
            KeyPair issuerKeys,
            boolean ca,
            Instant notBefore,
            Instant notAfter) {
        try {
            var builder = new JcaX509v3CertificateBuilder(
                    issuer,
                    BigInteger.valueOf(SERIAL.incrementAndGet()),
                    Date.from(notBefore),
                    Date.from(notAfter),
                    subject,
                    subjectKeys.getPublic());
            builder.addExtension(
                    Extension.basicConstraints, true, ca ? new BasicConstraints(true) : new BasicConstraints(false));
            builder.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(
                            ca
                                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                                    : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            var signer = new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
