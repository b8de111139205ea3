package no.kurer.sandbox.c3.control;

/** 403: a valid token without the scope corner 3 requires. */
public class InsufficientScope extends C3Refusal {

    public InsufficientScope(String scope) {
        super(403, "sandbox-c3-insufficient-scope", "Forbidden", "The token lacks the scope " + scope + ".");
    }
}
