package no.kurer.broker.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import no.kurer.broker.entity.DpoMessage;
import no.kurer.broker.entity.DpoMessageStatus;

/** DPO messages of both directions with their status histories, for the admin page and API. */
@ApplicationScoped
@Transactional
public class Conversations {

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    public List<DpoMessageStatus> history(DpoMessage message) {
        return em.createNamedQuery(DpoMessageStatus.HISTORY, DpoMessageStatus.class)
                .setParameter("message", message.id())
                .getResultList();
    }

    /** The messages, of both directions and every sender, that carry this message id (admin filter). */
    public List<DpoMessage> withMessageId(String messageId, int max) {
        return em.createQuery(
                        "SELECT m FROM DpoMessage m WHERE m.messageId = :messageId ORDER BY m.id DESC",
                        DpoMessage.class)
                .setParameter("messageId", messageId)
                .setMaxResults(max)
                .getResultList();
    }

    /** The conversation's messages of both directions, newest first; none if it is unknown (admin filter). */
    public List<DpoMessage> inConversation(String conversationId, int max) {
        return em.createQuery(
                        "SELECT m FROM DpoMessage m WHERE m.conversationId = :conversationId ORDER BY m.id DESC",
                        DpoMessage.class)
                .setParameter("conversationId", conversationId)
                .setMaxResults(max)
                .getResultList();
    }

    public List<DpoMessage> recent(int max) {
        return em.createNamedQuery(DpoMessage.RECENT, DpoMessage.class)
                .setMaxResults(max)
                .getResultList();
    }
}
