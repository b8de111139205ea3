package no.kurer.organisation.control;

import no.kurer.problems.Problem;

/** What Kurer holds of an organisation is deleted only once it is removed, so that nothing arrives meanwhile (409). */
public class OrganisationActive extends Problem {

    public OrganisationActive(String orgno) {
        super(
                409,
                "organisation-active",
                "Organisation is active",
                "Kurer still acts for " + orgno + ": remove it (DELETE /admin/organisations/" + orgno
                        + ") before deleting its messages.");
    }
}
