package no.kurer.dpi.kvittering.control;

import no.kurer.problems.Problem;

/** No receipt of that id that the caller may see. */
public class UnknownKvittering extends Problem {

    public UnknownKvittering(String meldingsid) {
        super(404, "unknown-kvittering", "Unknown receipt", "No receipt " + meldingsid + " of yours is stored here.");
    }
}
