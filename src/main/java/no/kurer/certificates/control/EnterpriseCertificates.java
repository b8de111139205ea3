package no.kurer.certificates.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Trusts enterprise certificates that chain, through any intermediates in {@code x5c}, to a CA certificate in a PEM file
 * ({@code certificates.trusted-cas}). The file is read again whenever its modification time (or size) changes, so an
 * administrator can write or replace it while Kurer runs.
 *
 * <p>Revocation (CRL/OCSP) is not checked by default: it needs the network to reach the CAs' distribution points,
 * and the machines Kurer is built and tested on are offline. Production deployments that can reach the CAs pass a
 * {@code pkixCustomizer} that enables it, e.g. {@code p -> { p.setRevocationEnabled(true); }} or one that adds a
 * {@link java.security.cert.PKIXRevocationChecker}.
 *
 * <p>A chain that built is remembered for {@link #REMEMBER_CHAINS_FOR} (and never past any of its certificates'
 * validity, nor across a change of the CA file), so a sender's every message does not build the same path again.
 */
public class EnterpriseCertificates implements CertificateCheck {

    private static final Consumer<PKIXBuilderParameters> REVOCATION_OFF = p -> p.setRevocationEnabled(false);

    private final Path caFile;
    private final Consumer<PKIXBuilderParameters> pkixCustomizer;
    /** How long a chain that built is trusted without building it again (revocation, when switched on, lags by this). */
    static final Duration REMEMBER_CHAINS_FOR = Duration.ofMinutes(10);

    private static final int REMEMBERED_CHAINS = 1024;

    private volatile Anchors anchors = new Anchors(null, Set.of());
    private final Map<List<X509Certificate>, TrustedChain> trustedChains = new ConcurrentHashMap<>();

    public EnterpriseCertificates(Path caFile) {
        this(caFile, REVOCATION_OFF);
    }

    /** @param pkixCustomizer applied to the path-building parameters after the defaults: the place to switch on revocation */
    public EnterpriseCertificates(Path caFile, Consumer<PKIXBuilderParameters> pkixCustomizer) {
        this.caFile = caFile;
        this.pkixCustomizer = REVOCATION_OFF.andThen(pkixCustomizer);
    }

    public Path caFile() {
        return caFile;
    }

    @Override
    public String verify(List<X509Certificate> chain, Instant at) {
        validate(chain, at);
        return orgno(chain.get(0));
    }

    /** @throws UntrustedCertificate unless the leaf (first) chains to a trusted CA and every certificate is valid at {@code at} */
    public void validate(List<X509Certificate> chain, Instant at) {
        if (chain == null || chain.isEmpty()) {
            throw new UntrustedCertificate("The x5c header holds no certificate.");
        }
        var leaf = chain.get(0);
        var current = current();
        var known = trustedChains.get(chain);
        if (known != null && known.holdsFor(current, at)) {
            return;
        }
        try {
            var target = new X509CertSelector();
            target.setCertificate(leaf);
            var parameters = new PKIXBuilderParameters(current.anchors(), target);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(chain)));
            parameters.setDate(Date.from(at));
            pkixCustomizer.accept(parameters);
            CertPathBuilder.getInstance("PKIX").build(parameters);
        } catch (GeneralSecurityException e) {
            throw new UntrustedCertificate(
                    "The signing certificate '" + leaf.getSubjectX500Principal().getName()
                            + "' does not chain to a trusted CA at " + at + ": " + e.getMessage());
        }
        remember(chain, current, at);
    }

    /**
     * Remembers a chain that built, for the same trust anchors, while every certificate in it is valid and for at
     * most {@link #REMEMBER_CHAINS_FOR}: senders sign every message with the same certificate.
     */
    private void remember(List<X509Certificate> chain, Anchors anchors, Instant at) {
        var from = chain.stream()
                .map(c -> c.getNotBefore().toInstant())
                .max(Instant::compareTo)
                .orElseThrow();
        var to = chain.stream()
                .map(c -> c.getNotAfter().toInstant())
                .min(Instant::compareTo)
                .orElseThrow();
        var until = to.isBefore(at.plus(REMEMBER_CHAINS_FOR)) ? to : at.plus(REMEMBER_CHAINS_FOR);
        if (trustedChains.size() >= REMEMBERED_CHAINS) {
            trustedChains.clear();
        }
        trustedChains.put(List.copyOf(chain), new TrustedChain(anchors, from, until));
    }

    /** @throws UntrustedCertificate when the certificate names no organisation number */
    public String orgno(X509Certificate certificate) {
        return CertificateOrgno.of(certificate);
    }

    Set<TrustAnchor> trustAnchors() {
        return current().anchors();
    }

    private Anchors current() {
        Version version;
        try {
            version = new Version(Files.getLastModifiedTime(caFile), Files.size(caFile));
        } catch (IOException e) {
            throw new TrustAnchorsUnavailable("The trusted CA file " + caFile + " cannot be read: " + e.getMessage());
        }
        var current = anchors;
        if (version.equals(current.version())) {
            return current;
        }
        var loaded = new Anchors(version, read());
        anchors = loaded;
        return loaded;
    }

    private Set<TrustAnchor> read() {
        try {
            var certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(Files.readAllBytes(caFile)));
            if (certificates.isEmpty()) {
                throw new TrustAnchorsUnavailable("The trusted CA file " + caFile + " holds no certificate.");
            }
            return certificates.stream()
                    .map(c -> new TrustAnchor((X509Certificate) c, null))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException | GeneralSecurityException e) {
            throw new TrustAnchorsUnavailable(
                    "The trusted CA file " + caFile + " is not PEM certificates: " + e.getMessage());
        }
    }

    /** What identifies one content of the file: modification time, and size for writes within one clock tick. */
    private record Version(FileTime modified, long size) {}

    private record Anchors(Version version, Set<TrustAnchor> anchors) {}

    /** A chain that built to {@code anchors}, trusted at instants from {@code from} to {@code until} (inclusive). */
    private record TrustedChain(Anchors anchors, Instant from, Instant until) {

        boolean holdsFor(Anchors current, Instant at) {
            return anchors == current && !at.isBefore(from) && !at.isAfter(until);
        }
    }
}
