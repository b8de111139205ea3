package no.kurer.dpi.kvittering.control;

import no.kurer.problems.Problem;

/** The receipt disagrees with the path it was delivered to (meldingsid, conversation, or the sender it is addressed to). */
public class KvitteringMismatch extends Problem {

    public KvitteringMismatch(String detail) {
        super(400, "kvittering-mismatch", "Receipt does not match its address", detail);
    }
}
