package no.kurer.metrics.control;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The Prometheus registry, made at start unless {@code metrics.enabled=false} and added to Micrometer's global registry
 * that {@link Meters} counts into; removed again when the application stops, so a redeployment starts from zero.
 */
@ApplicationScoped
public class Registry {

    @Inject
    MetricsSettings settings;

    @Inject
    DatabaseCounts database;

    private PrometheusMeterRegistry prometheus;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (settings.enabled()) {
            prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            Metrics.addRegistry(prometheus);
            database.register(prometheus);
        }
    }

    /** The metrics in Prometheus' text format, the database counts fresh enough; empty when metrics are off. */
    public Optional<String> scrape() {
        if (prometheus == null) {
            return Optional.empty();
        }
        database.refreshIfStale(settings.databaseInterval());
        return Optional.of(prometheus.scrape());
    }

    @PreDestroy
    void stop() {
        if (prometheus != null) {
            Metrics.removeRegistry(prometheus);
            prometheus.close();
        }
    }
}
