package no.kurer.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import no.kurer.conversation.control.StatusRecorded;
import no.kurer.conversation.entity.ReceiptStatus;
import org.junit.jupiter.api.Test;

class EventBodyTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 2, 10, 15, 30, 123_000_000, ZoneOffset.ofHours(1));

    @Test
    void aStatusEventHasEfmsFieldsInEfmsOrderAndOmitsNulls() throws Exception {
        String body = EventBody.status(
                new StatusRecorded(7, "msg-1", "conv-1", "OUTGOING", "DPO", ReceiptStatus.LEVERT, null, AT, null));
        assertEquals(
                "{\"createdTs\":\"2026-12-02T10:15:30.123+01:00\",\"resource\":\"messages\",\"event\":\"status\","
                        + "\"messageId\":\"msg-1\",\"conversationId\":\"conv-1\",\"direction\":\"OUTGOING\","
                        + "\"serviceIdentifier\":\"DPO\",\"status\":\"LEVERT\"}",
                body);
    }

    @Test
    void aDescriptionIsSentWhenThereIsOne() throws Exception {
        JsonNode body = JSON.readTree(EventBody.status(new StatusRecorded(
                7, "msg-1", "conv-1", "INCOMING", "DPO", ReceiptStatus.FEIL, "ASiC unreadable", AT, null)));
        assertEquals("ASiC unreadable", body.path("description").asText());
        assertEquals(
                List.of(
                        "createdTs",
                        "resource",
                        "event",
                        "messageId",
                        "conversationId",
                        "direction",
                        "serviceIdentifier",
                        "status",
                        "description"),
                iterable(body));
    }

    @Test
    void thePingHasOnlyItsTimeAndEvent() {
        assertEquals("{\"createdTs\":\"2026-12-02T10:15:30.123+01:00\",\"event\":\"ping\"}", EventBody.ping(AT));
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
