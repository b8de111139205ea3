package no.kurer.dpi.control.store;

import no.kurer.problems.Problem;

/** The dokumentpakke body passed the size limit; the upload was cut off and nothing was stored. */
public class PackageTooLarge extends Problem {

    public PackageTooLarge(long maxBytes) {
        super(413, "dokumentpakke-too-large", "Dokumentpakke too large",
                "The dokumentpakke is larger than the limit of " + maxBytes + " bytes; nothing was stored.");
    }
}
