package no.kurer.dpi.control;

import no.kurer.problems.Problem;

/** A meldingsid is accepted once, ever. */
public class MeldingsidUsed extends Problem {

    public MeldingsidUsed(String meldingsid) {
        super(
                409,
                "meldingsid-used",
                "Meldingsid already used",
                "A message with meldingsid '" + meldingsid
                        + "' was accepted before; a meldingsid can be used only once.");
    }
}
