package no.kurer.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import no.kurer.configuration.Settings;
import no.kurer.organisation.control.Organisations;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready}: UP only when the database answers and every required configuration key has a value; the DPO
 * role's keys are required once Kurer acts for an organisation, {@code systemuser.org} or one an administrator added.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Resource(name = Database.REFERENCE)
    DataSource dataSource;

    @Inject
    Settings settings;

    @Inject
    Organisations organisations;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("kurer");
        boolean up = true;
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            response.withData("database", valid ? "UP" : "DOWN");
            up &= valid;
        } catch (Exception e) {
            response.withData("database", "DOWN: " + e.getMessage());
            up = false;
        }
        List<String> missing = settings.missing(dpoActsForAnyone());
        if (!missing.isEmpty()) {
            response.withData("missing-configuration", String.join(", ", missing));
            up = false;
        }
        return response.status(up).build();
    }

    /** Whether DPO acts for an organisation: {@code systemuser.org}, or one added (asked of the database, if up). */
    private boolean dpoActsForAnyone() {
        try {
            return !organisations.active().isEmpty();
        } catch (RuntimeException e) {
            return false; // the database is named DOWN above; systemuser.org still counts (Settings#missingForDpo)
        }
    }
}
