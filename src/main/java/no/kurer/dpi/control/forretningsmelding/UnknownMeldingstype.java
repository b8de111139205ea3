package no.kurer.dpi.control.forretningsmelding;

import no.kurer.problems.Problem;

/** The payload names a message type that DPI does not define. */
public class UnknownMeldingstype extends Problem {

    public UnknownMeldingstype(String detail) {
        super(400, "unknown-meldingstype", "Unknown forretningsmelding type", detail);
    }
}
