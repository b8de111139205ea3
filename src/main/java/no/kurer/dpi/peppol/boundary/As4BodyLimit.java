package no.kurer.dpi.peppol.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import no.kurer.dpi.peppol.control.As4BodyTooLarge;
import no.kurer.dpi.peppol.control.PeppolSettings;
import no.kurer.guard.boundary.CountedBody;
import no.kurer.problems.ServletProblems;

/**
 * Refuses an AS4 message past {@code dpi.as4.max-body-bytes} with 413 before phase4 reads it into memory: at once when
 * its {@code Content-Length} says so, otherwise as soon as the bytes read cross the limit. phase4 turns any failure
 * to read into its own answer, so what {@link As4Endpoint} writes after the crossing is discarded and the 413 sent
 * in its place.
 */
@WebFilter(urlPatterns = "/as4")
public class As4BodyLimit extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(As4BodyLimit.class.getName());

    @Inject
    PeppolSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        long limit = settings.as4MaxBodyBytes();
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, limit);
            return;
        }
        CountedBody body = new CountedBody(request, limit);
        chain.doFilter(body, new SilencedResponse(response, body::crossed));
        if (body.crossed()) {
            response.reset();
            refuse(request, response, limit);
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long limit)
            throws IOException {
        LOG.warning(() ->
                "AS4 message refused: larger than " + limit + " bytes (" + PeppolSettings.AS4_MAX_BODY.name() + ")");
        ServletProblems.write(request, response, new As4BodyTooLarge(limit));
    }
}
