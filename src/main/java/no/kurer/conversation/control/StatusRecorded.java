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
 * @param organisation the orgno of the organisation the conversation is Kurer's for (its sender going out, its
 *     receiver coming in); null for an event every subscription may hear of
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
        String organisation) {}
