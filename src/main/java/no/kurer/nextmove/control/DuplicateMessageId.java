package no.kurer.nextmove.control;

import no.kurer.problems.Problem;

/** An outgoing message with this id exists already: efm answers 400 (Kurer's old local DPO API answered 409). */
public class DuplicateMessageId extends Problem {

    public DuplicateMessageId(String detail) {
        super(400, "nextmove-duplicate-message-id", "Duplicate messageId", detail);
    }
}
