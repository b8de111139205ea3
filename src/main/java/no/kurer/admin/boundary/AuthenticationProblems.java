package no.kurer.admin.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page (web.xml) for the container's own 401 and 403, so that a refusal at {@code /admin/} is
 * {@code application/problem+json} like every other. The status and the container's {@code WWW-Authenticate} stay.
 * A servlet, not a JAX-RS resource: an error dispatch keeps the original method, whatever it was.
 */
@WebServlet(AuthenticationProblems.PATH)
public class AuthenticationProblems extends HttpServlet {

    static final String PATH = "/errors/authentication";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : response.getStatus();
        boolean forbidden = status == 403;
        response.setStatus(forbidden ? 403 : 401);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(
                        forbidden
                                ? "{\"type\":\"urn:kurer:problem:forbidden\",\"title\":\"Forbidden\",\"status\":403,"
                                        + "\"detail\":\"This user does not have the role admin.\"}"
                                : "{\"type\":\"urn:kurer:problem:unauthorized\",\"title\":\"Unauthorized\",\"status\":401,"
                                        + "\"detail\":\"The admin page and API need a user with the role admin (HTTP Basic).\"}");
    }
}
