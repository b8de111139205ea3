package no.kurer.altinn.control;

import no.kurer.problems.Problem;

/** Altinn answered the token exchange with a server error or without a token: 502. */
public class AltinnExchangeFailed extends Problem {

    public AltinnExchangeFailed(String url, String what) {
        super(502, "altinn-exchange-failed", "Altinn's token exchange failed", "Altinn at " + url + " " + what);
    }
}
