package no.kurer.dpi.forwarding.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import no.kurer.dpi.control.MeldingOverview;
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

    @Inject
    MeldingOverview meldinger;

    @Override
    @Transactional
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("kurer-outbox");
        try {
            MeldingOverview.Waiting outbox = meldinger.waiting();
            response.withData("outbox-size", outbox.size());
            response.withData(
                    "oldest-age-seconds",
                    outbox.oldest()
                            .map(oldest -> Duration.between(oldest, OffsetDateTime.now())
                                    .toSeconds())
                            .orElse(0L));
            return response.up().build();
        } catch (PersistenceException e) {
            return response.withData("outbox", "DOWN: the outbox cannot be read (" + e.getMessage() + ")")
                    .down()
                    .build();
        }
    }
}
