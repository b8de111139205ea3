package no.kurer.nextmove.control;

import no.kurer.problems.Details;
import no.kurer.problems.Problem;

/** The main document ({@code hoveddokument} of the arkivmelding) is already uploaded (400). */
public class SecondMainDocument extends Problem {

    public SecondMainDocument(String messageId, String name) {
        super(
                400,
                "nextmove-multiple-main-documents",
                "Only one main document",
                "Message " + messageId + " already has its main document '" + Details.quote(name)
                        + "' (hoveddokument); a message has one.");
    }
}
