package no.kurer.systemuser.control;

import no.kurer.problems.Problem;

/**
 * A change request for an onboarding that cannot have one now: an agent system user (Altinn offers change requests
 * for standard system users only), one not Accepted, or one whose previous change request Altinn has not decided.
 */
public class ChangeNotPossible extends Problem {

    public ChangeNotPossible(long id, String why) {
        super(409, "change-request-not-possible", "No change request now", "Onboarding " + id + ": " + why);
    }
}
