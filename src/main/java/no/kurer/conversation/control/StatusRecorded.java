package no.kurer.conversation.control;

import java.time.OffsetDateTime;
import no.kurer.conversation.entity.ReceiptStatus;

/**
 * A CDI event, fired inside the transaction that recorded a new eFormidling status of a conversation (never for a
 * status the conversation already had). Observers that write to the database do so in the same transaction
 * ({@code @Observes(during = TransactionPhase.IN_PROGRESS)}, the default), so the event and its consequences commit
 * together or not at all.
 *
 * @param direction {@code OUTGOING} or {@code INCOMING}, as efm spells it
 * @param serviceIdentifier {@code DPO}
 */
public record StatusRecorded(
        long statusId,
        String messageId,
        String conversationId,
        String direction,
        String serviceIdentifier,
        ReceiptStatus status,
        String description,
        OffsetDateTime lastUpdate,
        String organisation) {

    /** An event without the organisation it concerns (every subscription may hear of it). */
    public StatusRecorded(
            long statusId,
            String messageId,
            String conversationId,
            String direction,
            String serviceIdentifier,
            ReceiptStatus status,
            String description,
            OffsetDateTime lastUpdate) {
        this(statusId, messageId, conversationId, direction, serviceIdentifier, status, description, lastUpdate, null);
    }
}
