package no.kurer.nextmove.control;

import no.kurer.problems.Problem;

/** An outgoing message handed to the broker stays on record; only an unsent one can be deleted (400). */
public class MessageAlreadySent extends Problem {

    public MessageAlreadySent(String messageId, String state) {
        super(
                400,
                "nextmove-message-already-sent",
                "Message already sent",
                "Outgoing message " + messageId + " is " + state + ": Kurer keeps a message it has sent, so that its "
                        + "status can still be read. Only a message that was not sent can be deleted.");
    }
}
