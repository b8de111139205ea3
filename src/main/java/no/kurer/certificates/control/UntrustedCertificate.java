package no.kurer.certificates.control;

import no.kurer.problems.Problem;

/** The {@code x5c} chain does not lead to a trusted CA, is not valid now, or names no organisation number. */
public class UntrustedCertificate extends Problem {

    public UntrustedCertificate(String detail) {
        super(400, "untrusted-certificate", "The signing certificate is not trusted", detail);
    }
}
