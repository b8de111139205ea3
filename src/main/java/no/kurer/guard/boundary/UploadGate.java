package no.kurer.guard.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import no.kurer.guard.control.TooManyUploads;
import no.kurer.guard.control.UploadGroup;
import no.kurer.guard.control.UploadSettings;
import no.kurer.problems.ServletProblems;

/**
 * Admits at most {@code uploads.<group>.max-concurrent} requests with a body per {@link UploadGroup}; one more is
 * answered at once with 503 and {@code Retry-After} ({@code uploads.retry-after-seconds}), its body unread and its
 * connection closed. The limits are read on every request, so a change in the server's configuration applies at once.
 */
@WebFilter(urlPatterns = {"/as4", "/dpi/*", "/api/*"})
public class UploadGate extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(UploadGate.class.getName());

    private final Map<UploadGroup, AtomicInteger> inFlight = new EnumMap<>(UploadGroup.class);

    @Inject
    UploadSettings settings;

    public UploadGate() {
        for (UploadGroup group : UploadGroup.values()) {
            inFlight.put(group, new AtomicInteger());
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<UploadGroup> group = UploadGroup.of(
                request.getMethod(),
                request.getRequestURI().substring(request.getContextPath().length()));
        if (group.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        AtomicInteger count = inFlight.get(group.get());
        long limit = settings.maxConcurrent(group.get());
        if (count.incrementAndGet() > limit) {
            count.decrementAndGet();
            LOG.warning(() -> "Refused an upload to " + request.getRequestURI() + ": " + limit + " in progress");
            ServletProblems.write(
                    request, response, new TooManyUploads(group.get(), limit, settings.retryAfterSeconds()));
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            count.decrementAndGet();
        }
    }
}
