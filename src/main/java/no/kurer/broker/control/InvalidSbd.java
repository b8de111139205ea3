package no.kurer.broker.control;

import no.kurer.problems.Problem;

/** The standard business document cannot be read or lacks a required part (400). */
public class InvalidSbd extends Problem {

    public InvalidSbd(String detail) {
        super(400, "dpo-invalid-sbd", "Invalid standard business document", detail);
    }
}
