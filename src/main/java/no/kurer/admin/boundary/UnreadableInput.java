package no.kurer.admin.boundary;

import no.kurer.problems.Problem;

/** The admin API takes a JSON object of strings. */
public class UnreadableInput extends Problem {

    public UnreadableInput(String reason) {
        super(
                400,
                "unreadable-input",
                "Unreadable input",
                "The body is not a JSON object of strings (" + reason
                        + "). Send one such as {\"orgno\":\"991825827\",\"name\":\"kurer\"}.");
    }
}
