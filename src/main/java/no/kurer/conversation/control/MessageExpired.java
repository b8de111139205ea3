package no.kurer.conversation.control;

import java.time.OffsetDateTime;
import no.kurer.problems.Problem;

/** A send asked for after the conversation's expiry (efm: 400, and the conversation gets LEVETID_UTLOPT). */
public class MessageExpired extends Problem {

    public MessageExpired(String messageId, OffsetDateTime expiry) {
        super(
                400,
                "dpo-message-expired",
                "The message has expired",
                "Message " + messageId + " expired at " + expiry
                        + " (its expectedResponseDateTime, or dpo.default-ttl-hours after it was created); it is"
                        + " LEVETID_UTLOPT and will not be sent.");
    }
}
