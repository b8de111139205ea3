package no.kurer.maskinporten.control;

import no.kurer.problems.Problem;

/** Maskinporten answered, but not with a token or an OAuth error (5xx, HTML, malformed JSON): 502. */
public class MaskinportenFailed extends Problem {

    public MaskinportenFailed(String endpoint, String what) {
        super(502, "maskinporten-failed", "Maskinporten failed",
                "Maskinporten at " + endpoint + " " + what);
    }
}
