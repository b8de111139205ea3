package no.kurer.dpi.peppol.control;

import java.util.Map;
import no.kurer.problems.Problem;

/** An AS4 message past {@code dpi.as4.max-body-bytes}: 413, the rest of its body unread, the connection closed. */
public class As4BodyTooLarge extends Problem {

    public As4BodyTooLarge(long maxBytes) {
        super(
                413,
                "as4-message-too-large",
                "AS4 message too large",
                "An AS4 message to Kurer may have at most " + maxBytes + " bytes (dpi.as4.max-body-bytes).",
                Map.of("Connection", "close"));
    }
}
