package no.kurer.nextmove.control;

import java.util.Map;
import no.kurer.problems.Problem;

/** {@code /api} without a user of the server, or with a wrong password (401, with the Basic challenge). */
public class NotAuthenticated extends Problem {

    public NotAuthenticated() {
        super(
                401,
                "unauthorized",
                "Unauthorized",
                "The NextMove API (/api) needs a user with the role nextmove (HTTP Basic).",
                Map.of("WWW-Authenticate", "Basic realm=\"kurer\""));
    }
}
