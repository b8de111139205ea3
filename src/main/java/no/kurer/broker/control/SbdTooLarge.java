package no.kurer.broker.control;

import no.kurer.problems.Problem;

/** A standard business document over {@link StandardBusinessDocuments#MAX_BYTES}; files go in separate PUTs (413). */
public class SbdTooLarge extends Problem {

    public SbdTooLarge() {
        super(
                413,
                "dpo-sbd-too-large",
                "Standard business document too large",
                "The standard business document is larger than " + StandardBusinessDocuments.MAX_BYTES
                        + " bytes; send the documents themselves as files (PUT /api/messages/out/{messageId}).");
    }
}
