package no.kurer.broker.control;

import no.kurer.problems.Problem;

/** No DPO message of either direction belongs to that conversation (404). */
public class UnknownConversation extends Problem {

    public UnknownConversation(String conversationId) {
        super(
                404,
                "dpo-unknown-conversation",
                "Unknown conversation",
                "No DPO message belongs to conversation " + conversationId + ".");
    }
}
