package no.kurer.problems;

import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Under {@code /api}, the NextMove API, a problem also carries the fields of Digdir's integration point's error
 * answer as extension members: {@code timestamp}, {@code error} (the reason phrase), {@code message} (= detail) and
 * {@code path} beside {@code status}, so a client written for either shape reads what it expects.
 */
public final class EfmErrorFields {

    private EfmErrorFields() {}

    /** Adds the fields when {@code path} is under {@code /api}. */
    public static void add(JsonObjectBuilder json, int status, String detail, String path) {
        if (path == null || !(path.equals("/api") || path.startsWith("/api/"))) {
            return;
        }
        json.add("timestamp", OffsetDateTime.now(ZoneOffset.UTC).toString());
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        Response.StatusType known = Response.Status.fromStatusCode(status);
        json.add("error", known != null ? known.getReasonPhrase() : family.name());
        json.add("message", detail == null ? "" : Details.withoutClassNames(detail));
        json.add("path", path);
    }
}
