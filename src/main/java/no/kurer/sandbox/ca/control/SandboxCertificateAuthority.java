package no.kurer.sandbox.ca.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The sandbox root CA. Created once (RSA 3072, 10 years) and kept in {@code <dir>/ca.p12}; its
 * certificate is (re)written to {@code <dir>/ca.pem} whenever an instance is built, so that
 * {@code certificates.trusted-cas} can point at it. Issues enterprise certificates valid for two
 * years; those of persistent identities are listed in {@code <dir>/organisations.pem} for
 * {@code dpo.receiver-certificates}. Test material only: keys are stored with a fixed password.
 */
public class SandboxCertificateAuthority {

    public static final String ROOT_COMMON_NAME = "Kurer Sandbox Root CA";
    static final String ALIAS = "ca";
    static final Duration ROOT_VALIDITY = Duration.ofDays(3653);
    static final Duration LEAF_VALIDITY = Duration.ofDays(730);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private final Clock clock;
    private final EnterpriseIdentity root;

    public SandboxCertificateAuthority(Path dir) {
        this(dir, Clock.systemUTC());
    }

    public SandboxCertificateAuthority(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
        this.root = loadOrCreateRoot();
        writeAtomically(pemFile(), Pem.certificate(root.certificate()));
        writeOrganisations();
    }

    public X509Certificate certificate() {
        return root.certificate();
    }

    /** {@code <dir>/ca.pem}, the root certificate as PEM. */
    public Path pemFile() {
        return dir.resolve("ca.pem");
    }

    public String pem() {
        return Pem.certificate(root.certificate());
    }

    /**
     * {@code <dir>/organisations.pem}: the certificates of the sandbox organisations with a persistent identity,
     * rewritten whenever one is issued, so that {@code dpo.receiver-certificates} can point at it (what Digdir's
     * service registry gives an integration point).
     */
    public Path organisationsFile() {
        return dir.resolve("organisations.pem");
    }

    public synchronized String organisationsPem() {
        StringBuilder pem = new StringBuilder();
        Path identities = dir.resolve("identities");
        if (Files.isDirectory(identities)) {
            try (var files = Files.list(identities)) {
                for (Path file : files.filter(f -> f.getFileName().toString().matches("\\d{9}\\.p12"))
                        .sorted()
                        .toList()) {
                    String orgno = file.getFileName().toString().substring(0, 9);
                    KeyStoreFiles.read(file, orgno)
                            .ifPresent(identity -> pem.append(Pem.certificate(identity.certificate())));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + identities, e);
            }
        }
        return pem.toString();
    }

    private void writeOrganisations() {
        writeAtomically(organisationsFile(), organisationsPem());
    }

    /** A fresh key pair and certificate for the enterprise, chain = [leaf, root]. */
    public EnterpriseIdentity issue(String orgno, String name) {
        OrganisationNumbers.requireValid(orgno);
        KeyPair keys = generate(2048);
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, name)
                .addRDN(BCStyle.O, name)
                .addRDN(BCStyle.SERIALNUMBER, orgno)
                .addRDN(BCStyle.ORGANIZATION_IDENTIFIER, "NTRNO-" + orgno)
                .addRDN(BCStyle.C, "NO")
                .build();
        int usage = KeyUsage.digitalSignature | KeyUsage.keyEncipherment | KeyUsage.nonRepudiation;
        X509Certificate leaf = sign(subject, keys, LEAF_VALIDITY, new BasicConstraints(false), usage);
        return new EnterpriseIdentity(orgno, keys.getPrivate(), List.of(leaf, root.certificate()));
    }

    /** The enterprise's kept identity, when the sandbox has issued one ({@link #persistentIdentity}). */
    public Optional<EnterpriseIdentity> keptIdentity(String orgno) {
        if (orgno == null || !orgno.matches("\\d{9}")) {
            return Optional.empty();
        }
        return KeyStoreFiles.read(dir.resolve("identities").resolve(orgno + ".p12"), orgno);
    }

    /**
     * The enterprise's identity kept in {@code <dir>/identities/<orgno>.p12}, issued on first use;
     * for sandbox parties whose key must survive restarts (e.g. the mailbox provider).
     */
    public synchronized EnterpriseIdentity persistentIdentity(String orgno, String name) {
        OrganisationNumbers.requireValid(orgno);
        Path file = dir.resolve("identities").resolve(orgno + ".p12");
        Optional<EnterpriseIdentity> stored = KeyStoreFiles.read(file, orgno);
        if (stored.isPresent()) {
            return stored.get();
        }
        EnterpriseIdentity issued = issue(orgno, name);
        KeyStoreFiles.write(file, issued);
        writeOrganisations();
        return issued;
    }

    private synchronized EnterpriseIdentity loadOrCreateRoot() {
        Path file = dir.resolve("ca.p12");
        return KeyStoreFiles.read(file, ALIAS).orElseGet(() -> {
            KeyPair keys = generate(3072);
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.CN, ROOT_COMMON_NAME)
                    .addRDN(BCStyle.O, "Kurer Sandbox")
                    .addRDN(BCStyle.C, "NO")
                    .build();
            X509Certificate certificate = selfSign(subject, keys);
            EnterpriseIdentity created = new EnterpriseIdentity(ALIAS, keys.getPrivate(), List.of(certificate));
            KeyStoreFiles.write(file, created);
            return created;
        });
    }

    private X509Certificate selfSign(X500Name subject, KeyPair keys) {
        return build(
                subject,
                subject,
                keys.getPublic(),
                keys.getPrivate(),
                null,
                ROOT_VALIDITY,
                new BasicConstraints(true),
                KeyUsage.keyCertSign | KeyUsage.cRLSign);
    }

    private X509Certificate sign(
            X500Name subject, KeyPair keys, Duration validity, BasicConstraints constraints, int usage) {
        X500Name issuer = X500Name.getInstance(
                root.certificate().getSubjectX500Principal().getEncoded());
        return build(
                issuer, subject, keys.getPublic(), root.privateKey(), root.certificate(), validity, constraints, usage);
    }

    private X509Certificate build(
            X500Name issuer,
            X500Name subject,
            PublicKey subjectKey,
            PrivateKey signerKey,
            X509Certificate issuerCertificate,
            Duration validity,
            BasicConstraints constraints,
            int usage) {
        Instant now = clock.instant();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                            issuer,
                            new BigInteger(127, RANDOM).add(BigInteger.ONE),
                            Date.from(now.minus(Duration.ofMinutes(5))),
                            Date.from(now.plus(validity)),
                            subject,
                            subjectKey)
                    .addExtension(Extension.basicConstraints, true, constraints)
                    .addExtension(Extension.keyUsage, true, new KeyUsage(usage))
                    .addExtension(
                            Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(subjectKey));
            if (issuerCertificate != null) {
                builder.addExtension(
                        Extension.authorityKeyIdentifier,
                        false,
                        extensions.createAuthorityKeyIdentifier(issuerCertificate));
            }
            var signer = new JcaContentSignerBuilder("SHA256withRSA").build(signerKey);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot issue a sandbox certificate", e);
        }
    }

    private static KeyPair generate(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    static void writeAtomically(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(
                    file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
            Files.writeString(temporary, content, StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
