package no.kurer.dpi.kvittering.control;

import no.kurer.problems.Problem;

/** The token is valid but its consumer is not a corner 3 this access point takes receipts from. */
public class C3NotAllowed extends Problem {

    public C3NotAllowed(String consumer) {
        super(
                403,
                "c3-not-allowed",
                "Not an allowed corner 3",
                "Organisation " + consumer + " may not deliver receipts here; it is not in dpi.c3.allowed-consumers.");
    }
}
