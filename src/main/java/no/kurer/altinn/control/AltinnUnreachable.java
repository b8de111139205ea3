package no.kurer.altinn.control;

import no.kurer.problems.Problem;

/**
 * Altinn could not serve a call of Kurer's now: it did not answer (503), or answered with a server error or something
 * that is not the answer (502). Worth trying again later. Its type tells which: {@code altinn-unreachable} and
 * {@code altinn-exchange-failed} (the token exchange), {@code altinn-authentication-unavailable} (the Authentication
 * API).
 */
public class AltinnUnreachable extends Problem {

    private AltinnUnreachable(int status, String slug, String title, String detail) {
        super(status, slug, title, detail);
    }

    /** The token exchange did not answer (connection refused, DNS, timeout, a 429 being waited out): 503. */
    public static AltinnUnreachable exchange(String url, String reason) {
        return new AltinnUnreachable(
                503,
                "altinn-unreachable",
                "Altinn cannot be reached",
                "Kurer cannot reach Altinn at " + url + ": " + reason);
    }

    /** The token exchange answered with a server error or without a token: 502. */
    public static AltinnUnreachable exchangeFailed(String url, String what) {
        return new AltinnUnreachable(
                502, "altinn-exchange-failed", "Altinn's token exchange failed", "Altinn at " + url + " " + what);
    }

    /** The Authentication API did not answer, answered 5xx or answered nonsense: 503, onboarding tries again later. */
    public static AltinnUnreachable authentication(String call, String reason) {
        return new AltinnUnreachable(
                503, "altinn-authentication-unavailable", "Altinn Authentication is unavailable", call + ": " + reason);
    }
}
