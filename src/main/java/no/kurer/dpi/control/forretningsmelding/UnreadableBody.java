package no.kurer.dpi.control.forretningsmelding;

import no.kurer.problems.Problem;

/** The request body broke off before it was complete. */
public class UnreadableBody extends Problem {

    public UnreadableBody() {
        super(
                400,
                "unreadable-body",
                "Request body incomplete",
                "The request body ended before it was complete; nothing was stored. Send it again.");
    }
}
