package no.kurer.sandbox.boundary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import no.kurer.problems.Details;

/**
 * JSON and {@code application/problem+json} responses written with Jackson, so the sandbox needs
 * neither Kurer's problem mapper nor the server's JSON-B provider.
 */
public final class SandboxResponses {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final String PROBLEM_JSON = "application/problem+json";

    private SandboxResponses() {}

    public static Response json(int status, Object body) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(write(body))
                .build();
    }

    public static Response problem(int status, String slug, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:kurer:problem:" + slug);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", Details.withoutClassNames(detail));
        return Response.status(status).type(PROBLEM_JSON).entity(write(problem)).build();
    }

    public static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
