package no.kurer.maskinporten.control;

import java.util.Map;
import no.kurer.problems.Problem;

/** A valid Maskinporten token that lacks the scope this API requires (403). */
public class InsufficientScope extends Problem {

    public InsufficientScope(String requiredScope) {
        super(
                403,
                "insufficient-scope",
                "The access token lacks a required scope",
                "token lacks scope '" + requiredScope + "'",
                Map.of(
                        "WWW-Authenticate",
                        "Bearer error=\"insufficient_scope\", scope=\"" + InvalidToken.quotable(requiredScope) + "\""));
    }
}
