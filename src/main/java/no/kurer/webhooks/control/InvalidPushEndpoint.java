package no.kurer.webhooks.control;

import no.kurer.problems.Problem;

/** A {@code pushEndpoint} that is not an absolute http or https URL. */
public class InvalidPushEndpoint extends Problem {

    public InvalidPushEndpoint(String endpoint) {
        super(
                400,
                "invalid-push-endpoint",
                "Invalid push endpoint",
                "pushEndpoint must be an absolute http or https URL, got '" + endpoint + "'.");
    }
}
