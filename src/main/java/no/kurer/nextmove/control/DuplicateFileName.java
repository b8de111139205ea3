package no.kurer.nextmove.control;

import no.kurer.problems.Details;
import no.kurer.problems.Problem;

/** The message already has a file of that name (400, as Digdir's integration point answers). */
public class DuplicateFileName extends Problem {

    public DuplicateFileName(String messageId, String name) {
        super(
                400,
                "nextmove-duplicate-filename",
                "Duplicate filename",
                "Message " + messageId + " already has a file '" + Details.quote(name) + "'; each file needs its own "
                        + "filename.");
    }
}
