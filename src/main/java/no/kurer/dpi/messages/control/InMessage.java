package no.kurer.dpi.messages.control;

/**
 * One incoming message of {@code GET /dpi/messages/in}, as Digdir's {@code message} schema has it. In version 1.0.0
 * every incoming message is a receipt, which has no document package: {@code downloadurl} points at
 * {@code GET /dpi/messages/in/{id}}, which answers the receipt itself.
 */
public record InMessage(String forretningsmelding, String downloadurl) {}
