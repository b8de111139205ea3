package no.kurer.maskinporten.control;

import java.util.Map;
import no.kurer.problems.Problem;

/**
 * The bearer token is missing, malformed, not signed by Maskinporten, or not meant for this API (401).
 * The detail says which check failed; it never repeats the token.
 */
public class InvalidToken extends Problem {

    public InvalidToken(String detail) {
        super(
                401,
                "invalid-token",
                "The access token is not accepted",
                detail,
                Map.of(
                        "WWW-Authenticate",
                        "Bearer error=\"invalid_token\", error_description=\"" + quotable(detail) + "\""));
    }

    /** RFC 6750 allows neither {@code "} nor {@code \} nor control characters in {@code error_description}. */
    static String quotable(String text) {
        return text.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "?");
    }
}
