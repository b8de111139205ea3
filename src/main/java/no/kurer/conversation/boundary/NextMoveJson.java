package no.kurer.conversation.boundary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kurer.conversation.entity.Conversation;
import no.kurer.conversation.entity.MessageStatus;
import no.kurer.nextmove.boundary.Page;
import no.kurer.problems.InvalidParameter;

/**
 * The JSON of {@code /api/statuses} and {@code /api/conversations} as Digdir's integration point writes it
 * (NEXTMOVE.md §2.3, §2.4): nulls omitted, date-times ISO-8601 with an offset.
 */
final class NextMoveJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NextMoveJson() {}

    static Map<String, Object> status(MessageStatus s, Conversation c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", s.id());
        json.put("convId", c.id());
        json.put("messageId", c.messageId());
        json.put("conversationId", c.conversationId());
        json.put("status", s.status().name());
        put(json, "description", s.description());
        json.put("lastUpdate", time(s.lastUpdate()));
        put(json, "rawReceipt", s.rawReceipt());
        return json;
    }

    static Map<String, Object> conversation(Conversation c, List<MessageStatus> statuses) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("conversationId", c.conversationId());
        json.put("messageId", c.messageId());
        json.put("sender", "0192:" + c.sender());
        json.put("senderIdentifier", c.sender());
        json.put("receiver", "0192:" + c.receiver());
        json.put("receiverIdentifier", c.receiver());
        put(json, "processIdentifier", c.processIdentifier());
        put(json, "documentIdentifier", c.documentIdentifier());
        put(json, "messageReference", c.messageReference());
        put(json, "messageTitle", c.messageTitle());
        json.put("lastUpdate", time(c.lastUpdate()));
        json.put("finished", c.finished());
        json.put("expiry", time(c.expiry()));
        json.put("direction", c.direction());
        json.put("serviceIdentifier", c.serviceIdentifier());
        json.put(
                "messageStatuses",
                statuses.stream()
                        .map(s -> {
                            Map<String, Object> item = new LinkedHashMap<>();
                            item.put("id", s.id());
                            item.put("status", s.status().name());
                            put(item, "description", s.description());
                            item.put("lastUpdate", time(s.lastUpdate()));
                            return item;
                        })
                        .toList());
        return json;
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value instanceof Page page ? page.json() : value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** A date-time query parameter (ISO-8601 with an offset), or null; @throws InvalidParameter */
    static OffsetDateTime dateTime(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameter("query", name, "an ISO-8601 date-time with an offset", value);
        }
    }

    static String time(OffsetDateTime time) {
        return time == null ? null : time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void put(Map<String, Object> json, String name, Object value) {
        if (value != null) {
            json.put(name, value);
        }
    }
}
