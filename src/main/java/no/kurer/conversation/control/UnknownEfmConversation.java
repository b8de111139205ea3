package no.kurer.conversation.control;

import no.kurer.problems.Problem;

/** No outgoing conversation with that id or message id (404), as efm answers {@code /api/conversations/{id}}. */
public class UnknownEfmConversation extends Problem {

    public UnknownEfmConversation(String what) {
        super(404, "efm-unknown-conversation", "Unknown conversation", "No outgoing conversation with " + what + ".");
    }
}
