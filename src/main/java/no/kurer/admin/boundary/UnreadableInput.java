package no.kurer.admin.boundary;

import no.kurer.problems.Problem;

/** The admin API takes a JSON object of strings. */
public class UnreadableInput extends Problem {

    public UnreadableInput(String reason) {
        this(
                "The body is not a JSON object of strings (" + reason + ")",
                "{\"orgno\":\"991825827\",\"name\":\"kurer\"}");
    }

    /** @param what what is wrong; @param example a body that would do */
    public UnreadableInput(String what, String example) {
        super(400, "unreadable-input", "Unreadable input", what + ". Send one such as " + example + ".");
    }
}
