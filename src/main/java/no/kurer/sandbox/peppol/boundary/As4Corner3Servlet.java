package no.kurer.sandbox.peppol.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.kurer.sandbox.boundary.Sandbox;
import no.kurer.sandbox.peppol.control.As4Identities;
import no.kurer.sandbox.peppol.control.As4Inbox;

/** {@code POST /sandbox/as4}: the sandbox corner 3's AS4 endpoint (404 while the sandbox is off). */
@WebServlet(urlPatterns = "/sandbox/as4")
public class As4Corner3Servlet extends HttpServlet {

    @Inject
    Sandbox sandbox;

    @Inject
    SandboxPeppol peppol;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!sandbox.enabled()) {
            response.sendError(404);
            return;
        }
        new As4Inbox(
                        As4Identities.keyStore(peppol.identities().corner3()),
                        As4Identities.trustStore(sandbox.ca()),
                        sbd -> peppol.corner3().receive(sbd))
                .handle(request, response);
    }
}
