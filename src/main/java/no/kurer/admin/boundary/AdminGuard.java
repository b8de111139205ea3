package no.kurer.admin.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import no.kurer.problems.ServletProblems;

/**
 * Keeps other sites out of the admin page and API (issue 13, item 10). The browser sends its cached Basic login with
 * any request to Kurer, a cross-site form's too, so a state-changing call ({@code POST}, {@code PUT},
 * {@code DELETE}, …) must be {@code application/json}, which a form cannot send without a CORS preflight Kurer never
 * answers, and its {@code Origin}, when present, must be Kurer's own. Every answer carries a
 * {@code Content-Security-Policy} that allows only Kurer's own scripts and styles and no framing by other sites, and
 * {@code X-Content-Type-Options: nosniff}; the API's answers {@code Cache-Control: no-store}. The container has checked
 * the role before this runs.
 */
@WebFilter(urlPatterns = {"/admin", "/admin/*"})
public class AdminGuard extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!AdminPage.isPageFile(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (!SAFE.contains(request.getMethod())) {
            String refusal = refusal(request);
            if (refusal != null) {
                ServletProblems.write(request, response, new CrossSiteRequest(refusal));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Why a state-changing call is refused, or null. */
    static String refusal(HttpServletRequest request) {
        String type = request.getContentType();
        String mediaType = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            return "A state-changing admin call must send Content-Type application/json.";
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, request.getScheme(), request.getHeader("Host"))) {
            return "The request comes from another site (Origin " + origin + ").";
        }
        return null;
    }

    /**
     * Whether {@code origin} is the request's own: its host and port those the client addressed ({@code Host}), its
     * scheme the request's or, behind a proxy that ends TLS, https.
     */
    static boolean sameOrigin(String origin, String requestScheme, String host) {
        URI uri;
        try {
            uri = URI.create(origin);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null || host == null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals(requestScheme) && !scheme.equals("https")) {
            return false;
        }
        return authority(uri.getHost(), uri.getPort(), scheme).equalsIgnoreCase(hostWithPort(host, scheme));
    }

    private static String hostWithPort(String host, String scheme) {
        return host.contains(":") && !host.endsWith("]") ? host : host + ":" + defaultPort(scheme);
    }

    private static String authority(String host, int port, String scheme) {
        return host + ":" + (port < 0 ? defaultPort(scheme) : port);
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }
}
