package no.kurer.maskinporten.control;

import no.kurer.problems.Problem;

/**
 * Maskinporten could not serve Kurer's token request now; worth trying again later. Its type tells which:
 * {@code maskinporten-unreachable} (no answer: connection refused, DNS, timeout, a 429 being waited out; 503) or
 * {@code maskinporten-failed} (an answer that is neither a token nor an OAuth error: 5xx, HTML, malformed JSON; 502).
 * A refusal is {@link MaskinportenRefused}.
 */
public class MaskinportenUnreachable extends Problem {

    public MaskinportenUnreachable(String endpoint, String reason) {
        super(
                503,
                "maskinporten-unreachable",
                "Maskinporten cannot be reached",
                "Kurer cannot reach Maskinporten at " + endpoint + ": " + reason);
    }

    private MaskinportenUnreachable(String detail) {
        super(502, "maskinporten-failed", "Maskinporten failed", detail);
    }

    /** Maskinporten answered, but not with a token or an OAuth error: 502. */
    public static MaskinportenUnreachable failed(String endpoint, String what) {
        return new MaskinportenUnreachable("Maskinporten at " + endpoint + " " + what);
    }
}
