package no.kurer.broker.control;

import no.kurer.problems.Problem;

/** A DPO message is sent with at least one file (400). */
public class NoFiles extends Problem {

    public NoFiles(String detail) {
        super(400, "dpo-no-files", "The message has no files", detail);
    }
}
