package no.kurer.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.entity.MessageState;

/**
 * What the C2 operator sees of the letters (issue 17, item 3): how many are in each state, the outbox, the letters
 * that ended FEILET with the {@code feil} receipt Kurer sent for each, the receipts per type; and "retry now", which
 * makes a letter waiting in backoff due at once. Read-only queries but for that one update, which never touches a
 * letter an instance has claimed.
 */
@ApplicationScoped
@Transactional
public class Letters {

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    public Map<String, Long> byState() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (MessageState state : MessageState.values()) {
            counts.put(state.name(), 0L);
        }
        em.createQuery("SELECT m.state, COUNT(m) FROM Melding m GROUP BY m.state", Object[].class).getResultList()
                .forEach(row -> counts.put(((MessageState) row[0]).name(), (Long) row[1]));
        return counts;
    }

    /** Letters waiting for corner 3, the next due first. */
    public List<Melding> outbox(int max) {
        return em.createQuery("SELECT m FROM Melding m WHERE m.state = :state ORDER BY m.work.nextAttemptAt, m.created",
                Melding.class).setParameter("state", MessageState.READY_FOR_FORWARDING).setMaxResults(max)
                .getResultList();
    }

    /** The newest letters in any state, newest first. */
    public List<Melding> newest(int max) {
        return em.createQuery("SELECT m FROM Melding m ORDER BY m.created DESC", Melding.class).setMaxResults(max)
                .getResultList();
    }

    /** Letters that ended FEILET, newest first, each with the time its {@code feil} receipt was stored (or null). */
    public List<FailedLetter> failed(int max) {
        return em.createQuery("SELECT m, k.received FROM Melding m LEFT JOIN Kvittering k"
                        + " ON k.originalMeldingsid = m.meldingsid AND k.type = 'feil'"
                        + " WHERE m.state = :state ORDER BY m.updated DESC", Object[].class)
                .setParameter("state", MessageState.FAILED).setMaxResults(max).getResultList().stream()
                .map(row -> new FailedLetter((Melding) row[0], (OffsetDateTime) row[1])).toList();
    }

    public Map<String, Long> receiptsByType() {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("SELECT k.type, COUNT(k) FROM Kvittering k GROUP BY k.type ORDER BY k.type", Object[].class)
                .getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * Makes a letter waiting in backoff due now, so the next outbox round takes it.
     *
     * @throws UnknownLetter when no letter has the id
     * @throws LetterNotWaiting when it is not waiting in backoff: not in the outbox, due already, or claimed
     */
    public void retryNow(String meldingsid) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int updated = em.createQuery("UPDATE Melding m SET m.work.nextAttemptAt = :now, m.version = m.version + 1"
                        + " WHERE m.meldingsid = :meldingsid AND m.state = :state AND m.work.nextAttemptAt > :now"
                        + " AND (m.work.claimedUntil IS NULL OR m.work.claimedUntil < :now)")
                .setParameter("now", now).setParameter("meldingsid", meldingsid)
                .setParameter("state", MessageState.READY_FOR_FORWARDING).executeUpdate();
        if (updated == 1) {
            return;
        }
        Melding melding = em.find(Melding.class, meldingsid);
        if (melding == null) {
            throw new UnknownLetter(meldingsid);
        }
        throw new LetterNotWaiting(meldingsid, melding.state() != MessageState.READY_FOR_FORWARDING
                ? "it is " + melding.state() : melding.work().claimedUntil() != null && melding.work().claimedUntil().isAfter(now)
                ? "an outbox round is forwarding it now" : "it is due already");
    }

    /** A letter that ended FEILET and when Kurer stored its {@code feil} receipt ({@code null}: not yet). */
    public record FailedLetter(Melding melding, OffsetDateTime feilReceipt) {
    }
}
