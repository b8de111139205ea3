package no.kurer.organisation.control;

import no.kurer.problems.Problem;

/** The organisation of {@code systemuser.org} is configuration: it is removed there, not on the admin page (409). */
public class ConfiguredOrganisation extends Problem {

    public ConfiguredOrganisation(String orgno) {
        super(
                409,
                "organisation-configured",
                "Organisation is configured",
                "Organisation " + orgno + " is systemuser.org; an administrator removes it by removing that key.");
    }
}
