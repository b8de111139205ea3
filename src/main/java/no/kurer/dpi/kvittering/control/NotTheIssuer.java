package no.kurer.dpi.kvittering.control;

import no.kurer.problems.Problem;

/** The receipt's signing certificate belongs to another organisation than its SBDH sender. */
public class NotTheIssuer extends Problem {

    public NotTheIssuer(String detail) {
        super(403, "not-the-issuer", "Receipt not signed by its issuer", detail);
    }
}
