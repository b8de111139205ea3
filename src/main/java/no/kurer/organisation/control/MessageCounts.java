package no.kurer.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kurer.broker.entity.DpoState;

/**
 * Each organisation's DPO messages as the admin page counts them: its backlog (incoming messages received and not yet
 * read by the local system; outgoing ones still being sent: QUEUED, INITIALIZED, UPLOADED, PUBLISHED) and its failures
 * (FAILED, either way). An incoming message belongs to its receiver, an outgoing one to its sender. Two grouped
 * queries for every organisation at once; the broker's entity is read, not changed.
 */
@ApplicationScoped
public class MessageCounts {

    static final String INCOMING = "SELECT m.receiver, m.state, COUNT(m) FROM DpoMessage m"
            + " WHERE m.direction = no.kurer.broker.entity.Direction.IN AND m.state IN :states"
            + " GROUP BY m.receiver, m.state";
    static final String OUTGOING = "SELECT m.sender, m.state, COUNT(m) FROM DpoMessage m"
            + " WHERE m.direction = no.kurer.broker.entity.Direction.OUT AND m.state IN :states"
            + " GROUP BY m.sender, m.state";
    static final List<DpoState> WAITING_IN = List.of(DpoState.RECEIVED);
    static final List<DpoState> WAITING_OUT =
            List.of(DpoState.QUEUED, DpoState.INITIALIZED, DpoState.UPLOADED, DpoState.PUBLISHED);

    /** One organisation's counts. */
    public record Counts(long incomingBacklog, long outgoingBacklog, long incomingFailed, long outgoingFailed) {

        public static final Counts NONE = new Counts(0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(
                    incomingBacklog + other.incomingBacklog,
                    outgoingBacklog + other.outgoingBacklog,
                    incomingFailed + other.incomingFailed,
                    outgoingFailed + other.outgoingFailed);
        }
    }

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    /** The counts of every organisation that has any, by orgno; an organisation without messages is not in it. */
    public Map<String, Counts> byOrganisation() {
        Map<String, Counts> counts = new HashMap<>();
        for (Object[] row : rows(INCOMING, WAITING_IN)) {
            long n = ((Number) row[2]).longValue();
            Counts in = row[1] == DpoState.FAILED ? new Counts(0, 0, n, 0) : new Counts(n, 0, 0, 0);
            counts.merge((String) row[0], in, Counts::plus);
        }
        for (Object[] row : rows(OUTGOING, WAITING_OUT)) {
            long n = ((Number) row[2]).longValue();
            Counts out = row[1] == DpoState.FAILED ? new Counts(0, 0, 0, n) : new Counts(0, n, 0, 0);
            counts.merge((String) row[0], out, Counts::plus);
        }
        return counts;
    }

    private List<Object[]> rows(String query, List<DpoState> waiting) {
        List<DpoState> states = new ArrayList<>(waiting);
        states.add(DpoState.FAILED);
        return em.createQuery(query, Object[].class)
                .setParameter("states", states)
                .getResultList();
    }
}
