package no.kurer.altinn.control;

import no.kurer.problems.Problem;

/** Altinn refused to exchange Kurer's Maskinporten token (4xx): 502 with Altinn's status and message. */
public class AltinnExchangeRefused extends Problem {

    public AltinnExchangeRefused(int status, String message) {
        super(502, "altinn-exchange-refused", "Altinn refused Kurer's Maskinporten token",
                "Altinn refused the token exchange with HTTP " + status + (message.isBlank() ? "" : ": " + message)
                        + (status == 401 || status == 403
                                ? " (check that the Maskinporten client may use Altinn and has the scopes asked for)"
                                : ""));
    }
}
