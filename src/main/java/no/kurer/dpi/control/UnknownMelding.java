package no.kurer.dpi.control;

import no.kurer.problems.Problem;

/** No message with this meldingsid was accepted. */
public class UnknownMelding extends Problem {

    public UnknownMelding(String meldingsid) {
        super(404, "unknown-melding", "Unknown message",
                "No forretningsmelding with meldingsid '" + meldingsid + "' has been accepted; POST it first.");
    }
}
