package no.kurer.guard.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * A refusal (status 400 or more) to a request whose body Kurer has not read to its end is sent with
 * {@code Connection: close}: the server then closes the connection after the answer instead of reading and
 * discarding the rest of a body it has already refused (a 100 MB PUT with a bad token). HTTP/1.x only: HTTP/2 forbids
 * the header (each request is a stream of its own there).
 */
@WebFilter(urlPatterns = "/*")
public class CloseAfterRefusal extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        if (!hasBody || !request.getProtocol().startsWith("HTTP/1")) {
            chain.doFilter(request, response);
            return;
        }
        CountedBody body = new CountedBody(request, Long.MAX_VALUE);
        chain.doFilter(body, new Closing(response, body));
    }

    private static final class Closing extends HttpServletResponseWrapper {

        private final CountedBody body;

        Closing(HttpServletResponse response, CountedBody body) {
            super(response);
            this.body = body;
        }

        @Override
        public void setStatus(int status) {
            closeIfRefused(status);
            super.setStatus(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            closeIfRefused(status);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            closeIfRefused(status);
            super.sendError(status, message);
        }

        private void closeIfRefused(int status) {
            if (status >= 400 && !body.finished() && !isCommitted()) {
                setHeader("Connection", "close");
            }
        }
    }
}
