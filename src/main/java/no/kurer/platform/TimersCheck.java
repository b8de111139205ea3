package no.kurer.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Part of {@code /health/ready}: each timer's rounds in words ({@link Rounds}), and DOWN, naming it, when a timer has
 * not run for three of its intervals or a round hangs. A round that failed is named but does not make Kurer unready:
 * a remote service being away (the broker, Altinn) is not a reason to stop taking letters.
 */
@Readiness
@ApplicationScoped
public class TimersCheck implements HealthCheck {

    @Inject
    Started started;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("kurer-timers");
        boolean up = true;
        for (var timer : started.rounds().report(Instant.now()).entrySet()) {
            response.withData(timer.getKey(), timer.getValue().text());
            up &= timer.getValue().up();
        }
        return response.status(up).build();
    }
}
