package no.kurer.dpi.kvittering.control;

import no.kurer.problems.Problem;

/** A different receipt reuses the meldingsid of one already stored. */
public class KvitteringIdUsed extends Problem {

    public KvitteringIdUsed(String meldingsid) {
        super(
                409,
                "kvittering-id-used",
                "Receipt meldingsid already used",
                "Another receipt with meldingsid " + meldingsid
                        + " is already stored; a repeat delivery must be byte-identical.");
    }
}
