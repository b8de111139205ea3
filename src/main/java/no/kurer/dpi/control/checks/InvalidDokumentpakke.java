package no.kurer.dpi.control.checks;

import no.kurer.problems.Problem;

/** The dokumentpakke is not a well-formed package of its media type; the detail names the rule it broke. */
public class InvalidDokumentpakke extends Problem {

    public InvalidDokumentpakke(String detail) {
        super(400, "invalid-dokumentpakke", "Invalid dokumentpakke", detail);
    }
}
