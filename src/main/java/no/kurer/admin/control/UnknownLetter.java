package no.kurer.admin.control;

import no.kurer.problems.Details;
import no.kurer.problems.Problem;

/** The admin API was asked about a letter (a meldingsid) Kurer does not hold. */
public class UnknownLetter extends Problem {

    public UnknownLetter(String meldingsid) {
        super(
                404,
                "unknown-letter",
                "Unknown letter",
                "Kurer holds no letter with meldingsid '" + Details.quote(meldingsid) + "'.");
    }
}
