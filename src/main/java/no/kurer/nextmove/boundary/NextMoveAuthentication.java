package no.kurer.nextmove.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import no.kurer.nextmove.control.NextMoveSettings;
import no.kurer.nextmove.control.NotAuthenticated;
import no.kurer.nextmove.control.NotNextMoveUser;
import no.kurer.problems.ServletProblems;

/**
 * HTTP Basic for {@code /api} through the server's own user store, role {@code nextmove} (web.xml declares it). A
 * filter rather than a web.xml constraint, because a constraint cannot be switched off by configuration: with
 * {@code nextmove.authentication=off} the filter lets every request through. The credentials are checked with
 * {@link HttpServletRequest#login}, which Payara and WildFly both answer from the realm of the application's
 * {@code login-config}; the request is logged out again when it is done, so no session is kept.
 */
@WebFilter(urlPatterns = {"/api", "/api/*"})
public class NextMoveAuthentication extends HttpFilter {

    static final String ROLE = "nextmove";

    @Inject
    NextMoveSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!settings.authentication()) {
            chain.doFilter(request, response);
            return;
        }
        boolean loggedIn = false;
        if (request.getUserPrincipal() == null) {
            String[] credentials = basic(request.getHeader("Authorization"));
            if (credentials == null) {
                ServletProblems.write(request, response, new NotAuthenticated());
                return;
            }
            try {
                request.login(credentials[0], credentials[1]);
                loggedIn = true;
            } catch (ServletException refused) {
                ServletProblems.write(request, response, new NotAuthenticated());
                return;
            }
        }
        try {
            if (!request.isUserInRole(ROLE)) {
                ServletProblems.write(request, response, new NotNextMoveUser());
                return;
            }
            chain.doFilter(request, response);
        } finally {
            if (loggedIn) {
                logout(request);
            }
        }
    }

    /** User and password of a {@code Basic} header, or null when there is none or it cannot be read. */
    static String[] basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static void logout(HttpServletRequest request) {
        try {
            request.logout();
        } catch (ServletException ignored) {
            // the request is over; nothing is kept for it
        }
    }
}
