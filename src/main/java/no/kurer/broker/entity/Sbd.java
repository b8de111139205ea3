package no.kurer.broker.entity;

/**
 * The parts of a standard business document Kurer files a DPO message by, and the document itself as JSON (the
 * {@code sbd.json} of the broker file).
 *
 * @param sender   nine-digit orgno of {@code standardBusinessDocumentHeader.sender[0]}
 * @param receiver nine-digit orgno of {@code standardBusinessDocumentHeader.receiver[0]}
 */
public record Sbd(
        String messageId, String conversationId, String sender, String receiver, String documentType, String json) {

    /** The longest {@code documentIdentification.type} the {@code document_type} column holds. */
    public static final int MAX_DOCUMENT_TYPE = 100;
    /** The longest document (as JSON text) the {@code sbd} column holds. */
    public static final int MAX_JSON = 1_000_000;
}
