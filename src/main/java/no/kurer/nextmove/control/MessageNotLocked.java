package no.kurer.nextmove.control;

import no.kurer.problems.Problem;

/** Pop and delete take an incoming message the local system holds by a peek that has not expired (400). */
public class MessageNotLocked extends Problem {

    public MessageNotLocked(String messageId) {
        super(
                400,
                "nextmove-message-not-locked",
                "Message not locked",
                "Incoming message " + messageId + " is not locked: peek it (GET /api/messages/in/peek?messageId="
                        + messageId + ") first; a lock lasts nextmove.lock-minutes.");
    }
}
