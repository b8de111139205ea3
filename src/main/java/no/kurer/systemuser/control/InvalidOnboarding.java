package no.kurer.systemuser.control;

import no.kurer.problems.Problem;

/**
 * An onboarding Altinn would refuse, found before calling it: a system id that is not {@code <orgno>_<name>} without
 * spaces, an organisation number that is not nine digits, a missing client id.
 */
public class InvalidOnboarding extends Problem {

    public InvalidOnboarding(String detail) {
        super(400, "invalid-onboarding", "The onboarding cannot start", detail);
    }
}
