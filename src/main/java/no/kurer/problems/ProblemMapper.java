package no.kurer.problems;

import jakarta.annotation.Priority;
import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place that turns a failure into {@code application/problem+json} (RFC 9457).
 * Business failures ({@link Problem}) keep their status and detail; JAX-RS failures (unknown path, wrong method,
 * unsupported media type) keep their status; anything else is a 500 that shows no class name or stack trace. Every
 * answer is told to the observers of {@link Refusal}. A failure at the commit of a {@code @Transactional} method comes
 * through {@link AtCommit}.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable failure = unwrap(thrown);
        if (failure instanceof Problem problem) {
            return problem(problem);
        }
        if (failure instanceof WebApplicationException web) {
            Response original = web.getResponse();
            if (original.hasEntity()) {
                return original;
            }
            int status = original.getStatus();
            return build(
                    status,
                    "http-" + status,
                    original.getStatusInfo().getReasonPhrase(),
                    detailFor(status),
                    Response.fromResponse(original).entity(null));
        }
        LOG.log(Level.SEVERE, "Unexpected failure at " + path(), failure);
        return build(
                500,
                "internal-error",
                "Internal error",
                "Kurer failed unexpectedly; nothing about this request was accepted. The failure is in the server log.",
                Response.serverError());
    }

    private Response problem(Problem problem) {
        Response.ResponseBuilder builder = Response.status(problem.status());
        problem.headers().forEach(builder::header);
        if (problem.status() >= 500) {
            LOG.warning(() -> path() + ": " + problem.detail());
        }
        return build(problem.status(), problem.type(), problem.title(), problem.detail(), builder);
    }

    private Response build(int status, String type, String title, String detail, Response.ResponseBuilder builder) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", type.startsWith("urn:") ? type : "urn:kurer:problem:" + type)
                .add("title", title == null ? "Error" : title)
                .add("status", status);
        if (detail != null) {
            json.add("detail", Details.withoutClassNames(detail));
        }
        String instance = path();
        if (instance != null) {
            json.add("instance", instance);
            EfmErrorFields.add(json, status, detail, instance);
        }
        publish(status, type);
        return builder.status(status)
                .type(PROBLEM_JSON)
                .entity(json.build().toString())
                .build();
    }

    /** Tells the observers of {@link Refusal}; a mapper running outside a CDI container tells no one. */
    private void publish(int status, String type) {
        try {
            String sender = request == null ? null : (String) request.getAttribute(Refusal.SENDER_ATTRIBUTE);
            String method = request == null ? null : request.getMethod();
            CDI.current()
                    .getBeanManager()
                    .getEvent()
                    .select(Refusal.class)
                    .fire(new Refusal(Instant.now(), status, type, method, path(), sender));
        } catch (IllegalStateException | UnsupportedOperationException noContainer) {
            // a unit test's mapper: nobody listens
        }
    }

    private String path() {
        try {
            return uriInfo == null ? null : "/" + uriInfo.getPath();
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "No such resource.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "No acceptable representation of this resource.";
            case 415 -> "This resource does not accept that Content-Type.";
            case 400 -> "The request is malformed.";
            default -> null;
        };
    }

    static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while ((current instanceof EJBException || current instanceof TransactionalException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current instanceof WebApplicationException ? problemInside(current) : current;
    }

    /**
     * A {@link Problem} that JAX-RS wrapped, such as {@link InvalidParameter} from {@link ParameterConverters}: Jersey
     * hands on the converter's exception, RESTEasy wraps it once more in a 404 or 400 of its own.
     */
    private static Throwable problemInside(Throwable web) {
        for (Throwable cause = web.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof Problem) {
                return cause;
            }
        }
        return web;
    }

    /**
     * A failure at the commit of a {@code @Transactional} method arrives wrapped in {@link TransactionalException}, for
     * which Jersey (Payara) has a mapper of its own that answers an HTML 500. JAX-RS picks the mapper of the closest
     * exception type, so no mapper of {@code Throwable} can win against it: this one, of that exact type and of the
     * highest priority, hands the failure to {@link ProblemMapper}, on every server.
     */
    @Provider
    @Priority(1)
    public static class AtCommit implements ExceptionMapper<TransactionalException> {

        @Context
        UriInfo uriInfo;

        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(TransactionalException exception) {
            ProblemMapper mapper = new ProblemMapper();
            mapper.uriInfo = uriInfo;
            mapper.request = request;
            return mapper.toResponse(exception);
        }
    }
}
