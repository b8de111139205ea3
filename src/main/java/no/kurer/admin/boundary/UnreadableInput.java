package no.kurer.admin.boundary;

import no.kurer.problems.Problem;

/** The admin API takes a JSON object of strings. */
public class UnreadableInput extends Problem {

    public UnreadableInput() {
        super(400, "unreadable-input", "Unreadable input", "Send a JSON object such as {\"orgno\":\"991825827\",\"name\":\"kurer\"}");
    }
}
