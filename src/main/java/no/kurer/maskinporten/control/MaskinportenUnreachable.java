package no.kurer.maskinporten.control;

import no.kurer.problems.Problem;

/** Kurer could not reach Maskinporten's token endpoint (connection refused, DNS, timeout): 503, try again later. */
public class MaskinportenUnreachable extends Problem {

    public MaskinportenUnreachable(String endpoint, String reason) {
        super(503, "maskinporten-unreachable", "Maskinporten cannot be reached",
                "Kurer cannot reach Maskinporten at " + endpoint + ": " + reason);
    }
}
