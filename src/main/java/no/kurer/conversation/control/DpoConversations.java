package no.kurer.conversation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.kurer.broker.entity.Direction;
import no.kurer.broker.entity.DpoMessage;
import no.kurer.broker.entity.DpoState;
import no.kurer.conversation.entity.Conversation;
import no.kurer.conversation.entity.ReceiptStatus;
import no.kurer.conversation.entity.SbdFacts;

/**
 * The hooks the DPO code calls, one call each, inside its own transaction: what happens to a DPO letter becomes the
 * eFormidling statuses of its conversation (NEXTMOVE.md §3), and the status messages owed to an incoming letter's
 * sender are queued ({@link StatusMessages}).
 */
@ApplicationScoped
@Transactional
public class DpoConversations {

    @Inject
    ConversationStatuses statuses;

    @Inject
    StatusMessages statusMessages;

    @Inject
    Expiry expiry;

    /** The local system created an outgoing message: OPPRETTET. */
    public void created(DpoMessage message) {
        statuses.record(conversation(message), ReceiptStatus.OPPRETTET, null, null);
    }

    /** The local system uploaded the outgoing message's arkivmelding.xml, which names its title and reference. */
    public void described(DpoMessage message, String messageTitle, String messageReference) {
        conversation(message).describe(messageTitle, messageReference);
    }

    /**
     * The local system asks to send: a conversation already past its expiry gets LEVETID_UTLOPT, committed on its own.
     *
     * @throws MessageExpired (400) then
     */
    public void requireAlive(DpoMessage message) {
        Conversation conversation = conversation(message);
        if (conversation.expiry().isBefore(Conversation.now())) {
            expiry.expireNow(conversation.id());
            throw new MessageExpired(message.messageId(), conversation.expiry());
        }
    }

    /** An outgoing message moved on: UPLOADED is efm's SENDT, FAILED its FEIL. */
    public void moved(DpoMessage message, DpoState state, String description) {
        if (message.direction() != Direction.OUT) {
            return;
        }
        if (state == DpoState.UPLOADED) {
            statuses.record(conversation(message), ReceiptStatus.SENDT, null, null);
        } else if (state == DpoState.FAILED) {
            statuses.record(conversation(message), ReceiptStatus.FEIL, description, null);
        }
    }

    /** An incoming message was stored: OPPRETTET and INNKOMMENDE_MOTTATT, and MOTTATT queued back to its sender. */
    public void received(DpoMessage message) {
        Conversation conversation = conversation(message);
        statuses.record(conversation, ReceiptStatus.OPPRETTET, null, null);
        statuses.record(conversation, ReceiptStatus.INNKOMMENDE_MOTTATT, null, null);
        statusMessages.queue(conversation, ReceiptStatus.MOTTATT);
    }

    /** The local system took an incoming message: INNKOMMENDE_LEVERT, and LEVERT queued back to its sender. */
    public void delivered(DpoMessage message) {
        Conversation conversation = conversation(message);
        statuses.record(conversation, ReceiptStatus.INNKOMMENDE_LEVERT, null, null);
        statusMessages.queue(conversation, ReceiptStatus.LEVERT);
    }

    private Conversation conversation(DpoMessage message) {
        String direction = message.direction() == Direction.OUT ? Conversation.OUTGOING : Conversation.INCOMING;
        return statuses.open(direction, SbdFacts.of(message.sbd()), message.id());
    }
}
