package no.kurer.systemuser.control;

import no.kurer.problems.Problem;

/** Altinn Authentication refused a call (4xx): onboarding stops until an administrator retries. */
public class AltinnRefusedCall extends Problem {

    private final int altinnStatus;
    private final String body;

    public AltinnRefusedCall(String call, int altinnStatus, String body) {
        super(502, "altinn-authentication-refused", "Altinn Authentication refused the call",
                call + " answered " + altinnStatus + (body == null || body.isBlank() ? "" : ": " + body));
        this.altinnStatus = altinnStatus;
        this.body = body == null ? "" : body;
    }

    public int altinnStatus() {
        return altinnStatus;
    }

    public boolean mentions(String text) {
        return body.contains(text);
    }
}
