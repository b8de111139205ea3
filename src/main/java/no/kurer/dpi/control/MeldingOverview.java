package no.kurer.dpi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.entity.MessageState;

/**
 * The operator's view of the stored messages, beside {@link Meldinger}: counts, the outbox, the newest and the failed
 * letters, and "retry now". With {@link Meldinger} it is all that reads or writes {@code dpi_message}; the admin page,
 * readiness and the metrics ask here.
 */
@ApplicationScoped
@Transactional
public class MeldingOverview {

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    /**
     * How many messages are in each state, every state named (zero included). Counted from the index on
     * {@code (state, …)} alone: {@code COUNT(m.state)}, not {@code COUNT(m)}, which counts primary keys and so makes the
     * database read every row (seconds, and a cold page cache for the intake, once the table holds some ten thousand
     * letters; see docs/benchmarks.md, "Metrics on and off").
     */
    public Map<MessageState, Long> countByState() {
        Map<MessageState, Long> counts = new EnumMap<>(MessageState.class);
        for (MessageState state : MessageState.values()) {
            counts.put(state, 0L);
        }
        em.createQuery("SELECT m.state, COUNT(m.state) FROM Melding m GROUP BY m.state", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((MessageState) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * How many letters wait for corner 3, and when the oldest of them was accepted: from the index on
     * {@code (state, created)} alone, as {@link #countByState()}.
     */
    public Waiting waiting() {
        Object[] row = em.createQuery(
                        "SELECT COUNT(m.created), MIN(m.created) FROM Melding m WHERE m.state = :state", Object[].class)
                .setParameter("state", MessageState.READY_FOR_FORWARDING)
                .getSingleResult();
        return new Waiting(((Number) row[0]).longValue(), Optional.ofNullable((OffsetDateTime) row[1]));
    }

    /** Letters waiting for corner 3, the next due first. */
    public List<Melding> outbox(int max) {
        return em.createQuery(
                        "SELECT m FROM Melding m WHERE m.state = :state ORDER BY m.work.nextAttemptAt, m.created",
                        Melding.class)
                .setParameter("state", MessageState.READY_FOR_FORWARDING)
                .setMaxResults(max)
                .getResultList();
    }

    /** The newest letters in any state, newest first. */
    public List<Melding> newest(int max) {
        return em.createQuery("SELECT m FROM Melding m ORDER BY m.created DESC", Melding.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** Letters that ended FEILET, newest first, each with the time its {@code feil} receipt was stored (or null). */
    public List<Failed> failed(int max) {
        return em
                .createQuery(
                        "SELECT m, k.received FROM Melding m LEFT JOIN Kvittering k"
                                + " ON k.originalMeldingsid = m.meldingsid AND k.type = 'feil'"
                                + " WHERE m.state = :state ORDER BY m.updated DESC",
                        Object[].class)
                .setParameter("state", MessageState.FAILED)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(row -> new Failed((Melding) row[0], (OffsetDateTime) row[1]))
                .toList();
    }

    /**
     * Makes a letter waiting in backoff due now; a letter not in the outbox, due already, or claimed by an instance
     * forwarding it is left as it is.
     *
     * @return whether the letter was made due
     */
    public boolean makeDue(String meldingsid, OffsetDateTime now) {
        return em.createQuery("UPDATE Melding m SET m.work.nextAttemptAt = :now, m.version = m.version + 1"
                                + " WHERE m.meldingsid = :meldingsid AND m.state = :state AND m.work.nextAttemptAt > :now"
                                + " AND (m.work.claimedUntil IS NULL OR m.work.claimedUntil < :now)")
                        .setParameter("now", now)
                        .setParameter("meldingsid", meldingsid)
                        .setParameter("state", MessageState.READY_FOR_FORWARDING)
                        .executeUpdate()
                == 1;
    }

    public Optional<Melding> find(String meldingsid) {
        return Optional.ofNullable(em.find(Melding.class, meldingsid));
    }

    /** The outbox's size and the acceptance time of its oldest letter (none when it is empty). */
    public record Waiting(long size, Optional<OffsetDateTime> oldest) {}

    /** A letter that ended FEILET and when Kurer stored its {@code feil} receipt ({@code null}: not yet). */
    public record Failed(Melding melding, OffsetDateTime feilReceipt) {}
}
