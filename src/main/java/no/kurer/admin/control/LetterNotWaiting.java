package no.kurer.admin.control;

import no.kurer.problems.Details;
import no.kurer.problems.Problem;

/** "Retry now" for a letter that is not waiting in backoff: nothing was changed. */
public class LetterNotWaiting extends Problem {

    public LetterNotWaiting(String meldingsid, String why) {
        super(
                409,
                "letter-not-waiting",
                "Letter not waiting",
                "Letter '" + Details.quote(meldingsid) + "' is not waiting in backoff (" + why
                        + "), so there is nothing to retry; nothing was changed.");
    }
}
