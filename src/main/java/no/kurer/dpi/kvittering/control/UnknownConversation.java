package no.kurer.dpi.kvittering.control;

import no.kurer.problems.Problem;

/** No conversation of that id that the caller (or the addressed sender) has sent through this access point; says nothing about others'. */
public class UnknownConversation extends Problem {

    public UnknownConversation(String conversationId) {
        super(
                404,
                "unknown-conversation",
                "Unknown conversation",
                "No conversation " + conversationId + " of yours is known here.");
    }
}
