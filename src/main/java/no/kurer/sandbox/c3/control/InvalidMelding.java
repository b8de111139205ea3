package no.kurer.sandbox.c3.control;

/** 400: a forretningsmelding corner 3 cannot read or verify, or a package that does not match it. */
public class InvalidMelding extends C3Refusal {

    public InvalidMelding(String detail) {
        super(400, "sandbox-c3-invalid-message", "Bad Request", detail);
    }
}
