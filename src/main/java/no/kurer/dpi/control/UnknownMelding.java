package no.kurer.dpi.control;

import no.kurer.problems.Problem;

/**
 * No message with this meldingsid that the caller sent (never accepted, another sender's, or purged): a PUT of its
 * package, or a read of its statuses. Says nothing about others' messages.
 */
public class UnknownMelding extends Problem {

    public UnknownMelding(String meldingsid) {
        super(
                404,
                "unknown-message",
                "Unknown message",
                "No message with meldingsid '" + meldingsid
                        + "' of yours is known here; a forretningsmelding is POSTed before its dokumentpakke.");
    }
}
