package no.kurer.dpi.kvittering.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import no.kurer.dpi.kvittering.entity.Caller;
import no.kurer.dpi.kvittering.entity.Kvittering;
import no.kurer.metrics.control.Meters;
import no.kurer.platform.ConstraintViolation;

/**
 * The stored receipts, and the questions asked of them. Every read names the {@link Caller}, so a query can only
 * return what {@link Caller#mayRead} allows; there is no unfiltered read for a boundary to misuse.
 */
@ApplicationScoped
public class Kvitteringer {

    /** A concurrent insert of the same receipt meldingsid won the race (the unique key refused this one). */
    static class Race extends RuntimeException {
        Race() {
            super(null, null, false, false);
        }
    }

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    protected Kvitteringer() {}

    /** Over a persistence context of the caller's (a test's). */
    public Kvitteringer(EntityManager em) {
        this.em = em;
    }

    public Optional<Kvittering> find(String meldingsid) {
        return em.createNamedQuery(Kvittering.BY_MELDINGSID, Kvittering.class)
                .setParameter("meldingsid", meldingsid)
                .getResultStream()
                .findFirst();
    }

    @Transactional
    public Kvittering store(Kvittering kvittering) {
        try {
            em.persist(kvittering);
            em.flush();
            Meters.receipt(kvittering.type());
            return kvittering;
        } catch (PersistenceException e) {
            if (ConstraintViolation.in(e)) {
                throw new Race();
            }
            throw e;
        }
    }

    /** Receipts received before the cutoff, read or not: delivered, or expired (retention). */
    @Transactional
    public int deleteExpired(OffsetDateTime cutoff) {
        return em.createNamedQuery(Kvittering.EXPIRED)
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    /** The conversation's receipts the caller may read, oldest first. */
    public List<Kvittering> forConversation(Caller caller, String conversationId, String avsenderidentifikator) {
        var jpql = new StringBuilder("SELECT k FROM Kvittering k WHERE k.conversationId = :conversationId");
        restrict(jpql, caller, avsenderidentifikator, null);
        jpql.append(" ORDER BY k.id");
        var query = em.createQuery(jpql.toString(), Kvittering.class).setParameter("conversationId", conversationId);
        return bind(query, caller, avsenderidentifikator, null).getResultList();
    }

    /** The caller's unread receipts, oldest first, one page ({@code page} counts from 0). */
    public List<Kvittering> unread(Caller caller, String avsenderidentifikator, String kanal, int page, int pageSize) {
        var jpql = new StringBuilder("SELECT k FROM Kvittering k WHERE k.readTime IS NULL");
        restrict(jpql, caller, avsenderidentifikator, kanal);
        jpql.append(" ORDER BY k.id");
        var query = em.createQuery(jpql.toString(), Kvittering.class);
        return bind(query, caller, avsenderidentifikator, kanal)
                .setFirstResult(page * pageSize)
                .setMaxResults(pageSize)
                .getResultList();
    }

    /** One receipt, if the caller may read it. */
    public Optional<Kvittering> find(Caller caller, String meldingsid) {
        return find(meldingsid).filter(k -> caller.mayRead(k.avsender(), k.databehandler()));
    }

    /** Marks one of the caller's receipts read; false when there is none the caller may read. */
    @Transactional
    public boolean markRead(Caller caller, String meldingsid) {
        Optional<Kvittering> kvittering = find(caller, meldingsid);
        kvittering.ifPresent(Kvittering::read);
        return kvittering.isPresent();
    }

    private static void restrict(StringBuilder jpql, Caller caller, String avsenderidentifikator, String kanal) {
        jpql.append(" AND k.avsender = :consumer");
        if (caller.supplier() != null) {
            jpql.append(" AND k.databehandler = :supplier");
        }
        if (avsenderidentifikator != null) {
            jpql.append(" AND k.avsenderidentifikator = :avsenderidentifikator");
        }
        if (kanal != null) {
            jpql.append(" AND k.kanal = :kanal");
        }
    }

    private static <T> TypedQuery<T> bind(
            TypedQuery<T> query, Caller caller, String avsenderidentifikator, String kanal) {
        query.setParameter("consumer", caller.consumer());
        if (caller.supplier() != null) {
            query.setParameter("supplier", caller.supplier());
        }
        if (avsenderidentifikator != null) {
            query.setParameter("avsenderidentifikator", avsenderidentifikator);
        }
        if (kanal != null) {
            query.setParameter("kanal", kanal);
        }
        return query;
    }
}
