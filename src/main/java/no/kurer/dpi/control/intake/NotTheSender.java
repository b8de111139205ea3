package no.kurer.dpi.control.intake;

import no.kurer.problems.Problem;

/** The caller's token does not belong to the sender this message (or its receipts) speaks for. */
public class NotTheSender extends Problem {

    public NotTheSender(String detail) {
        super(403, "not-the-sender", "Not the sender of this message", detail);
    }
}
