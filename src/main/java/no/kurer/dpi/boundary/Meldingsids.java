package no.kurer.dpi.boundary;

import java.util.regex.Pattern;
import no.kurer.dpi.control.intake.InvalidSend;

/** A meldingsid in a path is an identifier, not arbitrary text. */
final class Meldingsids {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    private Meldingsids() {}

    static void check(String meldingsid) {
        if (!IDENTIFIER.matcher(meldingsid).matches()) {
            throw InvalidSend.malformedMeldingsid();
        }
    }
}
