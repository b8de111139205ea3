package no.kurer.broker.control;

import no.kurer.problems.Problem;

/** Files can be added and a send requested only while the message is CREATED (409). */
public class MessageNotOpen extends Problem {

    public MessageNotOpen(String detail) {
        super(409, "dpo-message-not-open", "The message is no longer open", detail);
    }
}
