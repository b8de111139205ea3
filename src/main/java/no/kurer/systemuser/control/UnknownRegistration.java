package no.kurer.systemuser.control;

import no.kurer.problems.Problem;

/** No onboarding with that id. */
public class UnknownRegistration extends Problem {

    public UnknownRegistration(long id) {
        super(404, "unknown-registration", "No such onboarding", "There is no system user onboarding " + id);
    }
}
