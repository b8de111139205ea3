package no.kurer.dpi.control.forretningsmelding;

import no.kurer.problems.Problem;

/** The body is not a compact JWS of at most 256 KiB with a JSON object as payload. */
public class MalformedForretningsmelding extends Problem {

    public MalformedForretningsmelding(String detail) {
        super(400, "malformed-forretningsmelding", "The forretningsmelding is not a readable JWS", detail);
    }
}
