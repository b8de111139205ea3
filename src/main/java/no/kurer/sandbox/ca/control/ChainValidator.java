package no.kurer.sandbox.ca.control;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * PKIX validation (no revocation) of an {@code x5c} chain against one trusted root, answering
 * the enterprise's orgno. Certificates in the chain equal to the root are ignored.
 */
public class ChainValidator {

    private final X509Certificate trustedRoot;
    private final Clock clock;

    public ChainValidator(X509Certificate trustedRoot, Clock clock) {
        this.trustedRoot = trustedRoot;
        this.clock = clock;
    }

    /** @throws UntrustedCertificate when the chain does not lead to the root or carries no orgno */
    public String orgnoOf(List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            throw new UntrustedCertificate("the certificate chain is empty");
        }
        List<X509Certificate> path =
                chain.stream().filter(c -> !c.equals(trustedRoot)).toList();
        if (path.isEmpty()) {
            throw new UntrustedCertificate("the root certificate is not an enterprise certificate");
        }
        try {
            var factory = CertificateFactory.getInstance("X.509");
            var parameters = new PKIXParameters(Set.of(new TrustAnchor(trustedRoot, null)));
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(clock.instant()));
            CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(path), parameters);
        } catch (GeneralSecurityException e) {
            throw new UntrustedCertificate("the certificate does not chain to the sandbox CA: " + e.getMessage());
        }
        return OrganisationNumbers.of(chain.get(0))
                .orElseThrow(() -> new UntrustedCertificate("the certificate carries no organisation number"));
    }

    public static class UntrustedCertificate extends RuntimeException {
        public UntrustedCertificate(String message) {
            super(message);
        }
    }
}
