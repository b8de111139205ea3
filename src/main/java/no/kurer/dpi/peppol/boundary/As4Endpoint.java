package no.kurer.dpi.peppol.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import no.kurer.configuration.Settings;
import no.kurer.dpi.kvittering.control.KvitteringIntake;
import no.kurer.dpi.peppol.control.As4Credentials;
import no.kurer.dpi.peppol.control.As4Kvitteringer;
import no.kurer.dpi.peppol.control.As4Receiver;
import no.kurer.dpi.peppol.control.PeppolSettings;
import no.kurer.problems.Problem;

/**
 * {@code POST /as4}: Kurer's AS4 endpoint, where corner 3 delivers receipts. A receipt the intake refuses is answered
 * with an AS4 error naming why (corner 3 may try again); a stored one with a signed AS4 receipt. 503 while Kurer's AS4
 * keystore is not configured.
 */
@WebServlet(urlPatterns = "/as4")
public class As4Endpoint extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(As4Endpoint.class.getName());

    @Inject
    Settings settings;

    @Inject
    PeppolSettings peppol;

    @Inject
    KvitteringIntake intake;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!settings.get(Settings.DPI_ENABLED)) {
            response.sendError(404);
            return;
        }
        As4Credentials credentials;
        try {
            credentials = peppol.as4Credentials();
        } catch (RuntimeException e) {
            LOG.warning(() -> "AS4 message refused: " + e.getMessage());
            response.setStatus(503);
            response.setContentType("text/plain");
            response.getOutputStream()
                    .write(("Kurer's AS4 endpoint is not configured: " + e.getMessage())
                            .getBytes(StandardCharsets.UTF_8));
            return;
        }
        As4Kvitteringer kvitteringer = new As4Kvitteringer(intake);
        As4Receiver.Answer answer = new As4Receiver(credentials, (sbd, id) -> {
                    try {
                        kvitteringer.accept(sbd);
                    } catch (Problem refused) {
                        throw new IllegalArgumentException(refused.detail(), refused);
                    }
                })
                .handle(request.getInputStream(), headers(request));
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        response.getOutputStream().write(answer.body());
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }
}
