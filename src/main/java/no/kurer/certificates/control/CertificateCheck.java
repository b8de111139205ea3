package no.kurer.certificates.control;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/** Decides whether the {@code x5c} chain of a forretningsmelding is a trusted enterprise certificate, and whose. */
@FunctionalInterface
public interface CertificateCheck {

    /**
     * @param chain the {@code x5c} certificates, leaf first, then any intermediates
     * @param at the instant the chain must be valid at
     * @return the nine-digit organisation number of the leaf
     * @throws UntrustedCertificate when the chain is not trusted at that instant or names no organisation number
     */
    String verify(List<X509Certificate> chain, Instant at);
}
