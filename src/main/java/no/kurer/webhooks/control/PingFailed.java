package no.kurer.webhooks.control;

import no.kurer.problems.Problem;

/**
 * The subscriber did not take the ping sent at create (or when its endpoint changed): it answered other than 2xx, or
 * could not be reached. Digdir's integration point refuses the first and only logs the second; Kurer refuses both.
 */
public class PingFailed extends Problem {

    public PingFailed(String endpoint, String reason) {
        super(
                400,
                "subscriber-ping-failed",
                "The subscriber did not take the ping",
                "The ping to " + endpoint + " failed: " + reason + ". Nothing was saved.");
    }
}
