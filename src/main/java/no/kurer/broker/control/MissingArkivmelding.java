package no.kurer.broker.control;

import no.kurer.problems.Problem;

/** Digdir's integration point sends an arkivmelding only with its {@code arkivmelding.xml} (400). */
public class MissingArkivmelding extends Problem {

    public MissingArkivmelding(String messageId) {
        super(
                400,
                "dpo-missing-arkivmelding",
                "The arkivmelding has no arkivmelding.xml",
                "Message " + messageId + " is an arkivmelding: add its arkivmelding.xml (PUT /api/messages/out/"
                        + messageId + "?filename=arkivmelding.xml) before sending.");
    }
}
