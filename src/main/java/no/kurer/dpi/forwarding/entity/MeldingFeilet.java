package no.kurer.dpi.forwarding.entity;

/**
 * CDI event: Kurer has given up forwarding a message (every allowed attempt failed). Fired inside the transaction that
 * records the FEILET status, so an observer's work commits with it; the receipts feature answers it with a {@code feil}
 * receipt for the sender.
 */
public record MeldingFeilet(String meldingsid, String conversationId, String reason) {}
