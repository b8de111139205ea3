package no.kurer.dpi.kvittering.control;

import no.kurer.problems.Problem;

/** A receipt may only come from the mailbox or print provider the message was sent to. */
public class NotTheRecipient extends Problem {

    public NotTheRecipient(String detail) {
        super(403, "not-the-recipient", "Receipt from an organisation the message was not sent to", detail);
    }
}
