package no.kurer.dpi.forwarding.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import no.kurer.dpi.entity.MessageState;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Part of {@code /health/ready}, for the operator to read: how many letters wait for corner 3 and how long the oldest
 * has waited since Kurer accepted it. A long outbox is corner 3's trouble, not a reason to stop taking letters, so this
 * check is DOWN only when the outbox cannot be read at all.
 */
@Readiness
@ApplicationScoped
public class OutboxCheck implements HealthCheck {

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    @Override
    @Transactional
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("kurer-outbox");
        try {
            Object[] outbox = em.createQuery("SELECT COUNT(m), MIN(m.created) FROM Melding m WHERE m.state = :state",
                    Object[].class).setParameter("state", MessageState.READY_FOR_FORWARDING).getSingleResult();
            response.withData("outbox-size", ((Number) outbox[0]).longValue());
            OffsetDateTime oldest = (OffsetDateTime) outbox[1];
            response.withData("oldest-age-seconds",
                    oldest == null ? 0 : Duration.between(oldest, OffsetDateTime.now()).toSeconds());
            return response.up().build();
        } catch (PersistenceException e) {
            return response.withData("outbox", "DOWN: the outbox cannot be read (" + e.getMessage() + ")").down()
                    .build();
        }
    }
}
