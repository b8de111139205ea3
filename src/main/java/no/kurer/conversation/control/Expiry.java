package no.kurer.conversation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import no.kurer.conversation.entity.Conversation;
import no.kurer.conversation.entity.ReceiptStatus;

/**
 * LEVETID_UTLOPT for every unfinished conversation, of either direction, whose expiry has passed. Each is claimed by
 * a conditional update ({@code finished} false → true): of several instances only the one whose update changed the
 * row records the status. {@link ExpiryRound} goes through them.
 */
@ApplicationScoped
public class Expiry {

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    @Inject
    ConversationStatuses statuses;

    @Transactional
    public List<Long> due() {
        return em.createNamedQuery(Conversation.EXPIRED, Long.class)
                .setParameter("now", Conversation.now())
                .setMaxResults(500)
                .getResultList();
    }

    /** Finishes the conversation with LEVETID_UTLOPT, in a transaction of its own; false when it was finished. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean expireNow(long id) {
        int claimed = em.createNamedQuery(Conversation.FINISH)
                .setParameter("now", Conversation.now())
                .setParameter("id", id)
                .executeUpdate();
        if (claimed != 1) {
            return false;
        }
        Conversation conversation = em.find(Conversation.class, id);
        em.refresh(conversation);
        return statuses.record(conversation, ReceiptStatus.LEVETID_UTLOPT, "Expired at " + conversation.expiry(), null);
    }
}
