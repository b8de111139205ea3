package no.kurer.nextmove.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import no.kurer.broker.entity.DpoMessage;

/**
 * Takes the NextMove lock of an incoming message with one conditional UPDATE, so that of two instances (or two
 * clients) peeking at once exactly one gets it: the row changes only while it is waiting and no lock is live.
 */
@ApplicationScoped
public class Locks {

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    /** The message, locked for {@code lease} from now; empty when another peek holds it or it is no longer waiting. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<DpoMessage> take(long id, Duration lease) {
        OffsetDateTime now = DpoMessage.now();
        int changed = em.createNamedQuery(DpoMessage.LOCK)
                .setParameter("until", now.plus(lease))
                .setParameter("id", id)
                .setParameter("now", now)
                .executeUpdate();
        if (changed != 1) {
            return Optional.empty();
        }
        DpoMessage message = em.find(DpoMessage.class, id);
        em.refresh(message);
        return Optional.of(message);
    }
}
