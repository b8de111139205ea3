package no.kurer.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jose4j.jwa.AlgorithmFactoryFactory;

/**
 * Part of {@code /health/ready}: DOWN until Kurer has {@link Started}, and DOWN, naming it, when the JOSE classes every
 * token check and signature uses could not be loaded (a class that failed to initialise never works again in that
 * process: only a restart helps).
 */
@Readiness
@ApplicationScoped
public class StartupCheck implements HealthCheck {

    @Inject
    Started started;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("kurer-startup");
        boolean up = started.ready();
        response.withData("started", up ? "yes" : "not yet");
        try {
            AlgorithmFactoryFactory.getInstance();
            response.withData("jose4j", "UP");
        } catch (LinkageError e) {
            response.withData("jose4j", "DOWN: JWT signing and validation cannot load (" + e + "); restart Kurer");
            up = false;
        }
        return response.status(up).build();
    }
}
