package no.kurer.metrics.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import no.kurer.metrics.control.Registry;

/**
 * {@code GET /admin/metrics}: every metric in Prometheus' text format (0.0.4), for Prometheus to scrape with the admin
 * user (web.xml's constraint on {@code /admin/*}). 404 while {@code metrics.enabled=false}.
 */
@Path("admin/metrics")
@RequestScoped
public class MetricsResource {

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    @Inject
    Registry registry;

    @GET
    @Produces(PROMETHEUS_TEXT)
    public String scrape() {
        return registry.scrape().orElseThrow(MetricsOff::new);
    }
}
