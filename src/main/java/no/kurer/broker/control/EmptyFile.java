package no.kurer.broker.control;

import no.kurer.problems.Problem;

/** A file of 0 bytes gives the receiver nothing to open (400). */
public class EmptyFile extends Problem {

    public EmptyFile(String fileName) {
        super(
                400,
                "dpo-empty-file",
                "Empty file",
                "The file '" + fileName + "' has 0 bytes; the body of the PUT is the file's content.");
    }
}
