package no.kurer.dpi.control.forretningsmelding;

import no.kurer.problems.Problem;

/** The forretningsmelding's JWS signature does not verify with the leaf of its {@code x5c}, or uses an algorithm other than RS256/RS384/RS512. */
public class InvalidSignature extends Problem {

    public InvalidSignature(String detail) {
        super(400, "invalid-forretningsmelding-signature", "The forretningsmelding's signature is not valid", detail);
    }
}
