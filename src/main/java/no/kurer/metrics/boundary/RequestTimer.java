package no.kurer.metrics.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import no.kurer.metrics.control.Meters;

/**
 * Times every request to the C2 API ({@code /dpi/…}) from the moment JAX-RS has it to the answer's headers, refusals
 * included, for the latency histogram {@code kurer_dpi_request_seconds}.
 */
@Provider
public class RequestTimer implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = RequestTimer.class.getName() + ".started";

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("dpi/")) {
            request.setProperty(STARTED, System.nanoTime());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started) {
            Meters.dpiRequest(request.getMethod(), response.getStatus(), Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
