package no.kurer.nextmove.control;

import no.kurer.problems.Details;
import no.kurer.problems.Problem;

/** {@code documentIdentification.type} names no business message Digdir's integration point knows (400). */
public class UnknownDocumentType extends Problem {

    public UnknownDocumentType(String type) {
        super(
                400,
                "nextmove-unknown-document-type",
                "Unknown document type",
                "documentIdentification.type '" + Details.quote(type) + "' is not a known type; DPO carries "
                        + String.join(", ", SbdDefaults.KNOWN_TYPES) + ".");
    }
}
