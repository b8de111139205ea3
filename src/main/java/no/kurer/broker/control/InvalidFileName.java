package no.kurer.broker.control;

import no.kurer.problems.Problem;

/** A file needs a plain name (Content-Disposition filename) without path separators (400). */
public class InvalidFileName extends Problem {

    public InvalidFileName(String detail) {
        super(400, "dpo-invalid-file-name", "Invalid file name", detail);
    }
}
