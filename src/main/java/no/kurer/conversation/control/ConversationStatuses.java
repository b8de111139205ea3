package no.kurer.conversation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import no.kurer.conversation.entity.Conversation;
import no.kurer.conversation.entity.MessageStatus;
import no.kurer.conversation.entity.ReceiptStatus;
import no.kurer.conversation.entity.SbdFacts;

/**
 * The conversations and their statuses in the database: a conversation is opened once per (direction, sender, message
 * id), and each status is recorded at most once per conversation; a new one fires {@link StatusRecorded} in the
 * recording transaction and, when it {@link ReceiptStatus#finishes()}, finishes the conversation. A status whose
 * {@link ReceiptStatus#presupposes() presupposed} one is missing records that one first (a receiver's LEVERT that
 * overtook its MOTTATT on the broker), and the late one is then a repeat.
 */
@ApplicationScoped
@Transactional
public class ConversationStatuses {

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    @Inject
    ConversationSettings settings;

    @Inject
    Event<StatusRecorded> recorded;

    /** The conversation of this message in this direction, opened (with its expiry) if it is new. */
    public Conversation open(String direction, SbdFacts facts, Long dpoMessage) {
        return find(direction, facts.sender(), facts.messageId()).orElseGet(() -> {
            OffsetDateTime expiry = facts.expectedResponse() != null
                    ? facts.expectedResponse()
                    : Conversation.now().plus(settings.defaultTtl());
            Conversation conversation = new Conversation(direction, facts, expiry, dpoMessage);
            em.persist(conversation);
            em.flush();
            return conversation;
        });
    }

    public Optional<Conversation> find(String direction, String sender, String messageId) {
        return em.createNamedQuery(Conversation.BY_KEY, Conversation.class)
                .setParameter("direction", direction)
                .setParameter("sender", sender)
                .setParameter("messageId", messageId)
                .getResultStream()
                .findFirst();
    }

    /** Records {@code status} unless the conversation has it; @return true when it is new */
    public boolean record(Conversation conversation, ReceiptStatus status, String description, String rawReceipt) {
        boolean had = !em.createNamedQuery(MessageStatus.ONE, MessageStatus.class)
                .setParameter("conversation", conversation.id())
                .setParameter("status", status)
                .getResultList()
                .isEmpty();
        if (had) {
            return false;
        }
        status.presupposes()
                .ifPresent(before ->
                        record(conversation, before, "Implied by " + status + ", which arrived before it", null));
        OffsetDateTime now = Conversation.now();
        MessageStatus row = new MessageStatus(conversation.id(), status, description, rawReceipt, now);
        em.persist(row);
        em.flush();
        Conversation managed = em.find(Conversation.class, conversation.id());
        managed.touched(now, status.finishes());
        recorded.fire(new StatusRecorded(
                row.id(),
                managed.messageId(),
                managed.conversationId(),
                managed.direction(),
                managed.serviceIdentifier(),
                status,
                row.description(),
                now,
                managed.outgoing() ? managed.sender() : managed.receiver()));
        return true;
    }

    /** The statuses of the conversation of this message, none when it has no conversation. */
    public List<MessageStatus> of(String direction, String sender, String messageId) {
        return find(direction, sender, messageId).map(c -> statuses(c.id())).orElse(List.of());
    }

    public List<MessageStatus> statuses(long conversation) {
        return em.createNamedQuery(MessageStatus.OF, MessageStatus.class)
                .setParameter("conversation", conversation)
                .getResultList();
    }
}
