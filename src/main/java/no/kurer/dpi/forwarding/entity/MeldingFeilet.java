package no.kurer.dpi.forwarding.entity;

/**
 * CDI event: forwarding gave up on a message for good (status FEILET). The sender gets a {@code feil} receipt.
 * Identical to the record the forwarding feature defines; one of them goes at merge.
 */
public record MeldingFeilet(String meldingsid, String conversationId, String reason) {
}
