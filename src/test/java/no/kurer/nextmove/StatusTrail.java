package no.kurer.nextmove;

import static no.kurer.nextmove.NextMoveApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.kurer.testsupport.Admin;
import no.kurer.testsupport.WebhookSubscriber;

/**
 * What a fagsystem sees of a message's way after it was sent to itself (issue 16): the eFormidling statuses of both
 * conversations, through {@code /api/conversations} and {@code /api/statuses}, and the same statuses as webhook events
 * at a subscriber that refused Kurer's first two attempts.
 */
final class StatusTrail {

    static final List<String> OUTGOING = List.of("OPPRETTET", "SENDT", "MOTTATT", "LEVERT");
    static final List<String> INCOMING = List.of("INNKOMMENDE_MOTTATT", "INNKOMMENDE_LEVERT");

    private final NextMoveApi api;
    private final WebhookSubscriber subscriber;

    private StatusTrail(NextMoveApi api, WebhookSubscriber subscriber) {
        this.api = api;
        this.subscriber = subscriber;
    }

    /** Subscribes to every event (the ping answered), then makes the subscriber refuse the next two POSTs. */
    static StatusTrail subscribe(NextMoveApi api, WebhookSubscriber subscriber) {
        HttpResponse<String> created = api.post("/api/subscriptions", """
                {"name":"fagsystem","pushEndpoint":"%s","resource":"all","event":"all",
                 "filter":"serviceIdentifier=DPO"}""".formatted(subscriber.endpoint()));
        assertEquals(200, created.statusCode(), created.body());
        assertEquals(1, subscriber.received().size(), "the ping");
        subscriber.refuseFirst(2);
        return new StatusTrail(api, subscriber);
    }

    /**
     * Waits until the sender's conversation is LEVERT, then checks both conversations' statuses in order, the status
     * list, and that the subscriber accepted each of them exactly once after refusing two attempts.
     */
    void assertDeliveredAndAnnouncedOnce(String messageId) {
        List<String> outgoing = awaitStatuses(messageId, "OUTGOING", OUTGOING);
        assertEquals(OUTGOING, outgoing, "the sender's statuses, in order");
        List<String> incoming = awaitStatuses(messageId, "INCOMING", INCOMING);
        assertEquals(
                INCOMING,
                incoming.stream().filter(INCOMING::contains).toList(),
                "the receiver's statuses, in order: " + incoming);
        JsonNode statuses = json(api.get("/api/statuses?messageId=" + messageId + "&size=100"));
        assertEquals(
                outgoing.size() + incoming.size(),
                statuses.path("totalElements").asLong(),
                statuses.toString());

        Map<String, Long> expected = new HashMap<>();
        outgoing.forEach(s -> expected.put("OUTGOING " + s, 1L));
        incoming.forEach(s -> expected.put("INCOMING " + s, 1L));
        Instant until = Instant.now().plusSeconds(180);
        while (!announced(messageId).keySet().containsAll(expected.keySet())) {
            if (Instant.now().isAfter(until)) {
                fail("webhook events for " + messageId + " not all accepted within 180 s: " + announced(messageId));
            }
            Admin.sleep(1000);
        }
        Admin.sleep(7000); // one more webhook round: nothing is sent again
        assertEquals(expected, announced(messageId), "each status announced exactly once");
        assertEquals(2, subscriber.refused(), "the subscriber refused the first two attempts");
        JsonNode event = subscriber.acceptedEvents().stream()
                .filter(e -> messageId.equals(e.path("messageId").asText()))
                .findFirst()
                .orElseThrow();
        assertEquals("messages", event.path("resource").asText(), event.toString());
        assertEquals("status", event.path("event").asText(), event.toString());
        assertEquals("DPO", event.path("serviceIdentifier").asText(), event.toString());
        assertTrue(event.hasNonNull("conversationId") && event.hasNonNull("createdTs"), event.toString());
    }

    /** "DIRECTION STATUS" → how often the subscriber accepted it, for one message. */
    private Map<String, Long> announced(String messageId) {
        return subscriber.acceptedEvents().stream()
                .filter(e -> messageId.equals(e.path("messageId").asText()))
                .collect(Collectors.groupingBy(
                        e -> e.path("direction").asText() + " "
                                + e.path("status").asText(),
                        Collectors.counting()));
    }

    /** The conversation's statuses, oldest first, once it has every one of {@code wanted} (at most 180 s). */
    private List<String> awaitStatuses(String messageId, String direction, List<String> wanted) {
        Instant until = Instant.now().plusSeconds(180);
        List<String> statuses = statuses(messageId, direction);
        while (!statuses.containsAll(wanted)) {
            if (Instant.now().isAfter(until)) {
                fail("the " + direction + " conversation of " + messageId + " has " + statuses + ", not " + wanted);
            }
            Admin.sleep(1000);
            statuses = statuses(messageId, direction);
        }
        return statuses;
    }

    private List<String> statuses(String messageId, String direction) {
        JsonNode page = json(api.get("/api/conversations?messageId=" + messageId + "&direction=" + direction));
        assertEquals(1, page.path("totalElements").asLong(), page.toString());
        List<String> statuses = new ArrayList<>();
        page.path("content")
                .path(0)
                .path("messageStatuses")
                .forEach(s -> statuses.add(s.path("status").asText()));
        return statuses;
    }
}
