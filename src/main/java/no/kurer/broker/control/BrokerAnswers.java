package no.kurer.broker.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import no.kurer.platform.RetryAfter;

/**
 * The broker's answers in Kurer's terms: a 2xx answer as it is; {@link BrokerUnreachable} for what is worth retrying
 * (5xx, 408, 401; a 429 as rate-limited, its {@code Retry-After} told to the pacing); {@link BrokerRefused} with
 * Altinn's reason for the rest.
 */
final class BrokerAnswers {

    static final ObjectMapper JSON = new ObjectMapper();

    private BrokerAnswers() {}

    /** The answer when it is a success; @param pacing told of a 429, may be null */
    static Response checked(BrokerCall which, Response response, BrokerPacing pacing) {
        int status = response.getStatus();
        if (status / 100 == 2) {
            return response;
        }
        if (status == 429) {
            Duration retryAfter = RetryAfter.parse(response.getHeaderString("Retry-After"), Instant.now());
            String reason = reason(response);
            if (pacing != null) {
                pacing.tooMany(which, retryAfter);
            }
            throw BrokerUnreachable.rateLimited("The broker answered 429 (" + reason + "); Kurer waits "
                    + retryAfter.toSeconds() + " s before the next " + which.key() + " call");
        }
        String reason = reason(response);
        if (status >= 500 || status == 408 || status == 401) {
            throw BrokerUnreachable.unavailable("The broker answered HTTP " + status + ": " + reason);
        }
        throw new BrokerRefused(status, reason);
    }

    /** ProblemDetails' {@code detail} (or {@code title}), else the body's start. */
    static String reason(Response response) {
        String body;
        try {
            body = response.hasEntity() ? entity(response, String.class) : "";
        } catch (RuntimeException e) {
            body = "";
        } finally {
            response.close();
        }
        try {
            JsonNode problem = JSON.readTree(body);
            if (problem != null && problem.hasNonNull("detail")) {
                return problem.get("detail").asText();
            }
            if (problem != null && problem.hasNonNull("title")) {
                return problem.get("title").asText();
            }
        } catch (IOException e) {
            // not JSON: the text itself
        }
        String text = body.strip().replaceAll("\\s+", " ");
        return text.isEmpty() ? "(no reason given)" : text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }

    static JsonNode json(Response response) {
        try {
            return JSON.readTree(entity(response, String.class));
        } catch (IOException | RuntimeException e) {
            throw BrokerUnreachable.badAnswer("The broker's answer is not JSON: " + e.getMessage());
        } finally {
            response.close();
        }
    }

    /** The body of an answer; an answer built in-process (a stand-in) hands its entity over as it is. */
    static <T> T entity(Response response, Class<T> type) {
        try {
            return response.readEntity(type);
        } catch (IllegalStateException outbound) {
            return type.cast(response.getEntity());
        }
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? "the connection failed" : root.getMessage();
    }
}
