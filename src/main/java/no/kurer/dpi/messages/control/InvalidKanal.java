package no.kurer.dpi.messages.control;

import no.kurer.problems.Problem;

/** A {@code kanal} outside Digdir's rules: 1 to 28 of a-z, A-Z, 0-9, '_' and '-'. */
public class InvalidKanal extends Problem {

    public InvalidKanal(String kanal) {
        super(
                400,
                "invalid-kanal",
                "Invalid kanal",
                "The kanal '" + kanal + "' is not 1 to 28 of the characters a-z, A-Z, 0-9, '_' and '-'.");
    }
}
