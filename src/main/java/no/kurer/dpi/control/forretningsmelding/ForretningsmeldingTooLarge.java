package no.kurer.dpi.control.forretningsmelding;

import no.kurer.problems.Problem;

/** A forretningsmelding body past the size any real one has. */
public class ForretningsmeldingTooLarge extends Problem {

    public ForretningsmeldingTooLarge(int limit) {
        super(413, "forretningsmelding-too-large", "Forretningsmelding too large",
                "A forretningsmelding may be at most " + limit + " bytes.");
    }
}
