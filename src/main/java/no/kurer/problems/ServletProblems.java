package no.kurer.problems;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A {@link Problem} written by a servlet filter, before any JAX-RS resource (and so {@link ProblemMapper}) runs: the
 * same {@code application/problem+json} body, with the problem's headers ({@code Connection} only over HTTP/1.x: HTTP/2
 * forbids it).
 */
public final class ServletProblems {

    private ServletProblems() {}

    public static void write(HttpServletRequest request, HttpServletResponse response, Problem problem)
            throws IOException {
        response.setStatus(problem.status());
        problem.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Connection") || request.getProtocol().startsWith("HTTP/1")) {
                response.setHeader(name, value);
            }
        });
        response.setContentType(ProblemMapper.PROBLEM_JSON);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", problem.type())
                .add("title", problem.title())
                .add("status", problem.status())
                .add("detail", problem.detail())
                .add("instance", request.getRequestURI());
        EfmErrorFields.add(
                json,
                problem.status(),
                problem.detail(),
                request.getRequestURI().substring(request.getContextPath().length()));
        byte[] body = json.build().toString().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
