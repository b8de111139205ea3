package no.kurer.maskinporten.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.kurer.problems.Problem;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Part of {@code /health/ready}: DOWN, naming the key and the file, when Kurer's own key is configured
 * ({@code maskinporten.keystore.path} or {@code maskinporten.jwk.path}) but cannot be read. A key that is not
 * configured is not this check's business: the roles that need one name it when they are used.
 */
@Readiness
@ApplicationScoped
public class KeysCheck implements HealthCheck {

    @Inject
    MaskinportenSettings settings;

    @Inject
    KurerKeys keys;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("kurer-keys");
        boolean up = true;
        if (settings.keystorePath().isPresent()) {
            up &= check(response, MaskinportenSettings.KEYSTORE_PATH.name(), keys::enterpriseKeystore);
        }
        if (settings.jwkPath().isPresent()) {
            up &= check(response, MaskinportenSettings.JWK_PATH.name(), keys::grantKey);
        }
        return response.status(up).build();
    }

    private static boolean check(HealthCheckResponseBuilder response, String key, Runnable load) {
        try {
            load.run();
            response.withData(key, "UP");
            return true;
        } catch (Problem e) {
            response.withData(key, "DOWN: " + e.detail());
        } catch (RuntimeException | LinkageError e) {
            response.withData(key, "DOWN: cannot be read (" + e + ")");
        }
        return false;
    }
}
