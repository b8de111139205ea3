package no.kurer.broker.control;

import no.kurer.problems.Problem;

/** An outgoing message with this instanceIdentifier exists already (409). */
public class MessageIdUsed extends Problem {

    public MessageIdUsed(String messageId) {
        super(
                409,
                "dpo-message-id-used",
                "Message id used before",
                "An outgoing DPO message with instanceIdentifier " + messageId + " exists already.");
    }
}
