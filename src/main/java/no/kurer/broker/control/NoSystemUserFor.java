package no.kurer.broker.control;

import no.kurer.problems.Problem;

/**
 * Kurer has no approved system user for an organisation it is asked to act for (409): a send from it fails as a
 * counted attempt with this reason; its inbox is not polled until one is approved.
 */
public class NoSystemUserFor extends Problem {

    public NoSystemUserFor(String orgno) {
        super(
                409,
                "no-system-user-for-organisation",
                "No system user for the organisation",
                "Kurer has no approved system user for 0192:" + orgno
                        + " (onboard one, or have the client delegate to the agent system user, at /admin/).");
    }
}
