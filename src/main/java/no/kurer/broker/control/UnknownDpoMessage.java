package no.kurer.broker.control;

import no.kurer.problems.Problem;

/** No DPO message with that id in that direction (404). */
public class UnknownDpoMessage extends Problem {

    public UnknownDpoMessage(String detail) {
        super(404, "dpo-unknown-message", "Unknown DPO message", detail);
    }
}
