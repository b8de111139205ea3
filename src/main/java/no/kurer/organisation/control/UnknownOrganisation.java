package no.kurer.organisation.control;

import no.kurer.problems.Problem;

/** No organisation with this number was added (404). */
public class UnknownOrganisation extends Problem {

    public UnknownOrganisation(String orgno) {
        super(404, "unknown-organisation", "Unknown organisation", "Kurer acts for no organisation " + orgno + ".");
    }
}
