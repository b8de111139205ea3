package no.kurer.sandbox.c3.control;

/** 401: no bearer token, or one the sandbox Maskinporten did not issue, or expired. */
public class InvalidToken extends C3Refusal {

    public InvalidToken(String detail) {
        super(401, "sandbox-c3-invalid-token", "Unauthorized", detail);
    }
}
