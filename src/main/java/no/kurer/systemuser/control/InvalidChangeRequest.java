package no.kurer.systemuser.control;

import no.kurer.problems.Problem;

/** A change request Altinn would refuse, found before calling it: no access package, or one that is not an URN. */
public class InvalidChangeRequest extends Problem {

    public InvalidChangeRequest(String detail) {
        super(400, "invalid-change-request", "The change request cannot be made", detail);
    }
}
