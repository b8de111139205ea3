package no.kurer.systemuser.control;

import no.kurer.problems.Problem;

/** Altinn Authentication did not answer, or answered 5xx: onboarding tries again later. */
public class AltinnUnavailable extends Problem {

    public AltinnUnavailable(String call, String reason) {
        super(503, "altinn-authentication-unavailable", "Altinn Authentication is unavailable",
                call + ": " + reason);
    }
}
