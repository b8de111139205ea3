package no.kurer.dpi.control.intake;

import no.kurer.problems.Problem;

/** A multipart send without both of its parts. */
public class MissingPart extends Problem {

    public MissingPart() {
        super(
                400,
                "missing-part",
                "Missing multipart part",
                "A send is multipart/form-data with the parts 'forretningsmelding' (application/jwt) and 'dokumentpakke'.");
    }
}
