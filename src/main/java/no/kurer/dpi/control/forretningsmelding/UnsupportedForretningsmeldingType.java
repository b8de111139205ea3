package no.kurer.dpi.control.forretningsmelding;

import no.kurer.problems.Problem;

/** The forretningsmelding was sent with a Content-Type other than application/jwt. */
public class UnsupportedForretningsmeldingType extends Problem {

    public UnsupportedForretningsmeldingType(String contentType) {
        super(415, "unsupported-media-type", "Unsupported media type",
                "A forretningsmelding is sent as application/jwt, not " + contentType + ".");
    }
}
