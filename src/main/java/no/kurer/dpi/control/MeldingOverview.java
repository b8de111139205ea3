package no.kurer.dpi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.entity.MessageState;

/**
 * The operator's view of the stored messages, beside {@link Meldinger}: counts, the outbox, the newest and the failed
 * letters, and the letters accepted and forwarded per minute. Reads only: {@link Meldinger} writes {@code dpi_message}
 * and its status history, and with it this is all that reads them; the admin page, readiness and the metrics ask here.
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
     * Letters accepted and forwarded per minute over the last hour, for the admin page's chart, counted from the status
     * history ({@code OPPRETTET}: accepted, {@code SENDT}: corner 3 took it): one grouped query, so the page's poll
     * costs the database one scan of an hour's statuses, whatever the traffic.
     */
    public PerMinute lastHour() {
        Instant end = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        Instant start = end.minus(PerMinute.MINUTES, ChronoUnit.MINUTES);
        long[] accepted = new long[PerMinute.MINUTES];
        long[] forwarded = new long[PerMinute.MINUTES];
        List<?> rows = em.createNativeQuery("SELECT status, FLOOR(EXTRACT(EPOCH FROM occurred) / 60), COUNT(*)"
                        + " FROM dpi_message_status WHERE occurred >= ? AND status IN ('OPPRETTET', 'SENDT')"
                        + " GROUP BY status, FLOOR(EXTRACT(EPOCH FROM occurred) / 60)")
                .setParameter(1, start.atOffset(ZoneOffset.UTC))
                .getResultList();
        long first = start.getEpochSecond() / 60;
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            int minute = (int) (((Number) columns[1]).longValue() - first);
            if (minute >= 0 && minute < PerMinute.MINUTES) {
                long[] series = "OPPRETTET".equals(columns[0]) ? accepted : forwarded;
                series[minute] += ((Number) columns[2]).longValue();
            }
        }
        return new PerMinute(start, accepted, forwarded);
    }

    /** Counts per minute from {@code start}, oldest first. */
    public record PerMinute(Instant start, long[] accepted, long[] forwarded) {
        static final int MINUTES = 60;
    }

    /** The outbox's size and the acceptance time of its oldest letter (none when it is empty). */
    public record Waiting(long size, Optional<OffsetDateTime> oldest) {}

    /** A letter that ended FEILET and when Kurer stored its {@code feil} receipt ({@code null}: not yet). */
    public record Failed(Melding melding, OffsetDateTime feilReceipt) {}
}
