package no.kurer.webhooks.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import no.kurer.conversation.control.StatusRecorded;

/**
 * The JSON Kurer POSTs to a subscriber, as Digdir's integration point writes it: a status event
 * {@code {"createdTs","resource":"messages","event":"status","messageId","conversationId","direction",
 * "serviceIdentifier","status","description"?}}, nulls omitted, or the ping {@code {"createdTs","event":"ping"}}.
 */
public final class EventBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventBody() {}

    public static String status(StatusRecorded event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("createdTs", timestamp(event.lastUpdate() == null ? now() : event.lastUpdate()));
        body.put("resource", "messages");
        body.put("event", "status");
        body.put("messageId", event.messageId());
        body.put("conversationId", event.conversationId());
        body.put("direction", event.direction());
        body.put("serviceIdentifier", event.serviceIdentifier());
        body.put("status", event.status() == null ? null : event.status().name());
        body.put("description", event.description());
        body.values().removeIf(v -> v == null);
        return write(body);
    }

    public static String ping(OffsetDateTime at) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("createdTs", timestamp(at));
        body.put("event", "ping");
        return write(body);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String timestamp(OffsetDateTime at) {
        return at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String write(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serializes", e);
        }
    }
}
