package no.kurer.dpi.messages.control;

import no.kurer.problems.Problem;

/** No message of that id that the caller sent (or it is purged); says nothing about others' messages. */
public class UnknownMessage extends Problem {

    public UnknownMessage(String id) {
        super(404, "unknown-message", "Unknown message", "No message " + id + " of yours is known here.");
    }
}
