package no.kurer.conversation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import no.kurer.conversation.entity.Conversation;
import no.kurer.conversation.entity.ReceiptStatus;
import no.kurer.conversation.entity.StatusMessage;
import no.kurer.platform.WorkClaim;

/**
 * The queue of status messages owed to senders ({@code dpo_status_out}): queued in the transaction that stored or
 * delivered the letter, so none is lost, and each at most once per (receiver, message id, status).
 */
@ApplicationScoped
@Transactional
public class StatusMessages {

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    /** Queues {@code status} back to the sender of the incoming {@code conversation}, unless it is queued already. */
    public void queue(Conversation conversation, ReceiptStatus status) {
        boolean queued = !em.createNamedQuery(StatusMessage.ONE, StatusMessage.class)
                .setParameter("receiver", conversation.sender())
                .setParameter("messageId", conversation.messageId())
                .setParameter("status", status)
                .getResultList()
                .isEmpty();
        if (!queued) {
            em.persist(new StatusMessage(
                    conversation.messageId(),
                    conversation.conversationId(),
                    conversation.receiver(),
                    conversation.sender(),
                    status));
        }
    }

    public List<Long> due(OffsetDateTime now) {
        return em.createNamedQuery(StatusMessage.DUE, Long.class)
                .setParameter("now", now)
                .setMaxResults(100)
                .getResultList();
    }

    /** Takes the status message for {@code lease}, unless another instance holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(long id, String instance, Duration lease) {
        return WorkClaim.take(em, StatusMessage.CLAIM, id, instance, lease);
    }

    public StatusMessage load(long id) {
        return em.find(StatusMessage.class, id);
    }

    public void sent(long id, String fileTransferId) {
        em.find(StatusMessage.class, id).sent(fileTransferId);
    }

    /** Tried again at {@code next} (counted), or given up when null. */
    public void failed(long id, String why, OffsetDateTime next) {
        em.find(StatusMessage.class, id).failed(why, next);
    }

    /** An outage: tried again at {@code next}, not counted. */
    public void release(long id, OffsetDateTime next) {
        em.find(StatusMessage.class, id).release(next);
    }
}
