package no.kurer.broker.control;

import no.kurer.problems.Problem;

/**
 * No enterprise certificate is known for the receiving organisation ({@code dpo.receiver-certificates}), so Kurer
 * cannot encrypt the payload to it as Digdir's integration point requires.
 */
public class NoReceiverCertificate extends Problem {

    public NoReceiverCertificate(String detail) {
        super(422, "dpo-no-receiver-certificate", "No certificate for the receiver", detail);
    }
}
