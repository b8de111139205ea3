package no.kurer.organisation.control;

import no.kurer.problems.Problem;

/**
 * Kurer has no usable enterprise key for an organisation it acts for (409): what needs it (a send, an incoming file)
 * fails as a counted attempt, with this reason, until the administrator installs the key.
 */
public class NoOrganisationKey extends Problem {

    public NoOrganisationKey(String orgno, String reason) {
        super(
                409,
                "organisation-key-missing",
                "No key for the organisation",
                "Kurer has no usable enterprise certificate for 0192:" + orgno + ": " + reason);
    }
}
