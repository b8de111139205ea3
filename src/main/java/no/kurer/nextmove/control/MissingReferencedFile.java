package no.kurer.nextmove.control;

import java.util.Collection;
import no.kurer.problems.Details;
import no.kurer.problems.Problem;

/** The arkivmelding.xml refers ({@code referanseDokumentfil}) to files the message does not have (400). */
public class MissingReferencedFile extends Problem {

    public MissingReferencedFile(String messageId, Collection<String> missing) {
        super(
                400,
                "nextmove-missing-referenced-file",
                "A file the arkivmelding refers to is missing",
                "The arkivmelding.xml of message " + messageId + " refers to files it does not have: '"
                        + Details.quote(String.join("', '", missing)) + "'. Upload them before sending.");
    }
}
