package no.kurer.certificates.control;

import no.kurer.problems.Problem;

/** The configured CA file cannot be read or holds no certificate: a server-side fault, so 503 rather than 400. */
public class TrustAnchorsUnavailable extends Problem {

    public TrustAnchorsUnavailable(String detail) {
        super(503, "trust-anchors-unavailable", "Trusted CA certificates are not available", detail);
    }
}
