package no.kurer.altinn.control;

import no.kurer.problems.Problem;

/**
 * Altinn answered a call of Kurer's with a refusal (4xx): 502, with Altinn's status and message. Asking again will not
 * help until an administrator fixes the cause. Its type tells which API refused: {@code altinn-exchange-refused} (the
 * token exchange) or {@code altinn-authentication-refused} (the Authentication API: system register, system users).
 */
public class AltinnRefused extends Problem {

    private final int altinnStatus;
    private final String body;

    private AltinnRefused(String slug, String title, String detail, int altinnStatus, String body) {
        super(502, slug, title, detail);
        this.altinnStatus = altinnStatus;
        this.body = body == null ? "" : body;
    }

    /** Altinn refused to exchange Kurer's Maskinporten token. */
    public static AltinnRefused exchange(int status, String message) {
        return new AltinnRefused(
                "altinn-exchange-refused",
                "Altinn refused Kurer's Maskinporten token",
                "Altinn refused the token exchange with HTTP " + status + (message.isBlank() ? "" : ": " + message)
                        + (status == 401 || status == 403
                                ? " (check that the Maskinporten client may use Altinn and has the scopes asked for)"
                                : ""),
                status,
                message);
    }

    /** Altinn Authentication refused a call: onboarding stops until an administrator retries. */
    public static AltinnRefused authentication(String call, int status, String body) {
        return new AltinnRefused(
                "altinn-authentication-refused",
                "Altinn Authentication refused the call",
                call + " answered " + status + (body == null || body.isBlank() ? "" : ": " + body),
                status,
                body);
    }

    /** The HTTP status Altinn answered. */
    public int altinnStatus() {
        return altinnStatus;
    }

    /** Whether Altinn's answer mentions {@code text}, such as an error code. */
    public boolean mentions(String text) {
        return body.contains(text);
    }
}
