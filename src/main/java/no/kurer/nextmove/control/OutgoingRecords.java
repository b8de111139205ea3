package no.kurer.nextmove.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import no.kurer.broker.entity.DpoMessage;

/** Removes an unsent outgoing message and its status history from the database, in one transaction. */
@ApplicationScoped
@Transactional
public class OutgoingRecords {

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    public void remove(long id) {
        em.createQuery("DELETE FROM DpoMessageStatus s WHERE s.message = :id")
                .setParameter("id", id)
                .executeUpdate();
        DpoMessage message = em.find(DpoMessage.class, id);
        if (message != null) {
            em.remove(message);
        }
    }
}
