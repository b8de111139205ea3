package no.kurer.altinn.control;

import no.kurer.problems.Problem;

/** Kurer could not reach Altinn (connection refused, DNS, timeout): 503, try again later. */
public class AltinnUnreachable extends Problem {

    public AltinnUnreachable(String url, String reason) {
        super(503, "altinn-unreachable", "Altinn cannot be reached", "Kurer cannot reach Altinn at " + url + ": " + reason);
    }
}
