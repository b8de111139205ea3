package no.kurer.dpi.control.intake;

import no.kurer.problems.Problem;

/** The request does not agree with the forretningsmelding it carries (meldingsid, conversation, channel, receiver). */
public class MeldingsidMismatch extends Problem {

    public MeldingsidMismatch(String detail) {
        super(400, "message-mismatch", "The request does not match the forretningsmelding", detail);
    }
}
