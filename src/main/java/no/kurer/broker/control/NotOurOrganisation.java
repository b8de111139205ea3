package no.kurer.broker.control;

import no.kurer.problems.Problem;

/** The document's sender is not the organisation Kurer acts for ({@code systemuser.org}) (403). */
public class NotOurOrganisation extends Problem {

    public NotOurOrganisation(String detail) {
        super(403, "dpo-not-our-organisation", "Not this integration point's organisation", detail);
    }
}
