package no.kurer.broker.control;

import no.kurer.problems.Problem;

/**
 * An outgoing message with this instanceIdentifier exists already: 400, as Digdir's integration point answers a
 * NextMove create with a messageId used before.
 */
public class MessageIdUsed extends Problem {

    public MessageIdUsed(String messageId) {
        super(
                400,
                "nextmove-duplicate-message-id",
                "Duplicate messageId",
                "An outgoing DPO message with instanceIdentifier " + messageId + " exists already.");
    }
}
