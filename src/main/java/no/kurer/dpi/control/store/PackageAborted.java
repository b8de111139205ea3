package no.kurer.dpi.control.store;

import no.kurer.problems.Problem;

/** Reading the dokumentpakke from the client failed part-way (aborted upload); nothing was stored. */
public class PackageAborted extends Problem {

    public PackageAborted(long bytesReceived) {
        super(400, "dokumentpakke-aborted", "Dokumentpakke upload aborted",
                "The upload of the dokumentpakke broke off after " + bytesReceived
                        + " bytes; nothing was stored. Send the whole package again.");
    }
}
