package no.kurer.metrics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kurer.dpi.control.MeldingOverview;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The few grouped counts behind {@link DatabaseCounts} (and readiness, which asks the database too), read-only: the DPI
 * letters from {@link MeldingOverview}, which owns {@code dpi_message} with {@code Meldinger}, the rest in plain SQL over
 * the columns every migration keeps (status, direction, state, read_time, outcome); six short queries per count,
 * whatever the scrape rate.
 */
@ApplicationScoped
public class MetricsQueries {

    static final String READY = "ready";
    static final String OLDEST_WAITING = "dpi.oldest-waiting";
    static final String UNREAD = "dpi.receipts-unread";
    static final String FILES_FAILED = "dpo.files-failed";

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    @Inject
    MeldingOverview meldinger;

    @Inject
    @Readiness
    Instance<HealthCheck> readiness;

    static String dpi(String state) {
        return "dpi." + state;
    }

    static String dpo(String direction, String state) {
        return "dpo." + direction + "." + state;
    }

    static String statusMessages(String state) {
        return "dpo.status-messages." + state;
    }

    static String systemUser(String status) {
        return "systemuser." + status;
    }

    /** Every count at once, keyed as the gauges look them up, and whether every readiness check is UP. */
    Map<String, Double> count(Instant now) {
        Map<String, Double> counts = new HashMap<>();
        counts.put(
                READY,
                readiness.stream().allMatch(c -> c.call().getStatus() == HealthCheckResponse.Status.UP) ? 1.0 : 0.0);
        meldinger.countByState().forEach((state, count) -> counts.put(dpi(state.name()), count.doubleValue()));
        rows("SELECT direction, state, COUNT(*) FROM dpo_message GROUP BY direction, state")
                .forEach(row -> counts.put(dpo((String) row[0], (String) row[1]), number(row[2])));
        rows("SELECT state, COUNT(*) FROM dpo_status_out GROUP BY state")
                .forEach(row -> counts.put(statusMessages((String) row[0]), number(row[1])));
        rows("SELECT status, COUNT(*) FROM systemuser_registration GROUP BY status")
                .forEach(row -> counts.put(systemUser((String) row[0]), number(row[1])));
        counts.put(UNREAD, number(single("SELECT COUNT(*) FROM dpi_receipt WHERE read_time IS NULL")));
        counts.put(FILES_FAILED, number(single("SELECT COUNT(*) FROM dpo_incoming_transfer WHERE outcome = 'FAILED'")));
        counts.put(
                OLDEST_WAITING,
                meldinger
                        .waiting()
                        .oldest()
                        .map(oldest -> (double) Math.max(0, now.getEpochSecond() - oldest.toEpochSecond()))
                        .orElse(0.0));
        return counts;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    private Object single(String sql) {
        return em.createNativeQuery(sql).getSingleResult();
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
