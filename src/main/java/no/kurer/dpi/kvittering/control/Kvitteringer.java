package no.kurer.dpi.kvittering.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.kvittering.entity.Caller;
import no.kurer.dpi.kvittering.entity.Kvittering;
import no.kurer.dpi.messages.entity.MeldingKanal;
import no.kurer.metrics.control.Meters;

/**
 * The stored receipts, and the questions asked of them. Every read names the {@link Caller}, so a query can only
 * return what {@link Caller#mayRead} allows; there is no unfiltered read for a boundary to misuse.
 */
@ApplicationScoped
public class Kvitteringer {

    /** A concurrent insert of the same receipt meldingsid won the race. */
    static class Race extends RuntimeException {
        Race() {
            super(null, null, false, false);
        }
    }

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    public Optional<Kvittering> find(String meldingsid) {
        return em.createNamedQuery(Kvittering.BY_MELDINGSID, Kvittering.class)
                .setParameter("meldingsid", meldingsid).getResultStream().findFirst();
    }

    @Transactional
    public Kvittering store(Kvittering kvittering) {
        try {
            em.persist(kvittering);
            em.flush();
            Meters.receipt(kvittering.type());
            return kvittering;
        } catch (PersistenceException duplicate) {
            throw new Race();
        }
    }

    public List<Melding> conversation(String conversationId) {
        return em.createNamedQuery(Melding.BY_CONVERSATION, Melding.class)
                .setParameter("conversationId", conversationId).getResultList();
    }

    public Optional<Melding> melding(String meldingsid) {
        return Optional.ofNullable(em.find(Melding.class, meldingsid));
    }

    /** The channel the message was sent with through the production API, or {@code null}. */
    public String kanalOf(String meldingsid) {
        MeldingKanal kanal = em.find(MeldingKanal.class, meldingsid);
        return kanal == null ? null : kanal.kanal();
    }

    /** Whether the caller sent a message in this conversation (with this avsenderidentifikator, when one is given). */
    public boolean isCallers(Caller caller, String conversationId, String avsenderidentifikator) {
        var jpql = new StringBuilder("SELECT COUNT(m) FROM Melding m WHERE m.conversationId = :conversationId");
        restrict(jpql, "m", caller, avsenderidentifikator, null);
        var query = em.createQuery(jpql.toString(), Long.class).setParameter("conversationId", conversationId);
        return bind(query, caller, avsenderidentifikator, null).getSingleResult() > 0;
    }

    /** The conversation's receipts the caller may read, oldest first. */
    public List<Kvittering> forConversation(Caller caller, String conversationId, String avsenderidentifikator) {
        var jpql = new StringBuilder("SELECT k FROM Kvittering k WHERE k.conversationId = :conversationId");
        restrict(jpql, "k", caller, avsenderidentifikator, null);
        jpql.append(" ORDER BY k.id");
        var query = em.createQuery(jpql.toString(), Kvittering.class).setParameter("conversationId", conversationId);
        return bind(query, caller, avsenderidentifikator, null).getResultList();
    }

    /** The caller's unread receipts, oldest first, one page ({@code page} counts from 0). */
    public List<Kvittering> unread(Caller caller, String avsenderidentifikator, String kanal, int page, int pageSize) {
        var jpql = new StringBuilder("SELECT k FROM Kvittering k WHERE k.readTime IS NULL");
        restrict(jpql, "k", caller, avsenderidentifikator, kanal);
        jpql.append(" ORDER BY k.id");
        var query = em.createQuery(jpql.toString(), Kvittering.class);
        return bind(query, caller, avsenderidentifikator, kanal)
                .setFirstResult(page * pageSize).setMaxResults(pageSize).getResultList();
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

    private static void restrict(StringBuilder jpql, String alias, Caller caller, String avsenderidentifikator,
                                 String kanal) {
        jpql.append(" AND ").append(alias).append(".avsender = :consumer");
        if (caller.supplier() != null) {
            jpql.append(" AND ").append(alias).append(".databehandler = :supplier");
        }
        if (avsenderidentifikator != null) {
            jpql.append(" AND ").append(alias).append(".avsenderidentifikator = :avsenderidentifikator");
        }
        if (kanal != null) {
            jpql.append(" AND ").append(alias).append(".kanal = :kanal");
        }
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Caller caller, String avsenderidentifikator,
                                          String kanal) {
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
