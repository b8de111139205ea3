package no.kurer.organisation.control;

import no.kurer.problems.Problem;

/** An organisation an administrator asked to add that Kurer cannot act for as given (400). */
public class InvalidOrganisation extends Problem {

    public InvalidOrganisation(String detail) {
        super(400, "invalid-organisation", "Invalid organisation", detail);
    }
}
