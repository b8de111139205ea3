package no.kurer.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import no.kurer.testsupport.Admin;
import no.kurer.testsupport.Corner1;
import no.kurer.testsupport.NextMoveUser;

/** The calls a fagsystem makes in {@link ConversationStatusIT}: the DPO API and NextMove's statuses and conversations. */
final class EfmClient {

    final Corner1 c1;

    EfmClient(Corner1 c1) {
        this.c1 = c1;
    }

    HttpResponse<String> send(String method, String path, String type, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(c1.base().resolve(path))
                .header("Authorization", NextMoveUser.basic())
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return c1.send(request.build());
    }

    /** Creates, fills and sends an outgoing letter; @return its message id */
    String sendLetter(String sbd) {
        HttpResponse<String> created = send("POST", "/api/messages/out", "application/json", sbd.getBytes());
        assertEquals(200, created.statusCode(), created.body());
        String messageId = Corner1.readTree(created.body())
                .at("/standardBusinessDocumentHeader/documentIdentification/instanceIdentifier")
                .asText();
        HttpResponse<String> put = c1.send(HttpRequest.newBuilder(c1.base().resolve("/api/messages/out/" + messageId))
                .header("Authorization", NextMoveUser.basic())
                .header("Content-Type", "application/xml")
                .header("Content-Disposition", "attachment; name=\"Arkivmelding\"; filename=\"arkivmelding.xml\"")
                .PUT(HttpRequest.BodyPublishers.ofString("<arkivmelding/>"))
                .build());
        assertEquals(200, put.statusCode(), put.body());
        return messageId;
    }

    HttpResponse<String> requestSend(String messageId) {
        return send("POST", "/api/messages/out/" + messageId, "application/json", new byte[0]);
    }

    /** The local system takes the incoming message: peek (locks it), then delete (delivered). */
    HttpResponse<String> take(String messageId) {
        HttpResponse<String> peek = send("GET", "/api/messages/in/peek?messageId=" + messageId, null, null);
        assertEquals(200, peek.statusCode(), peek.body());
        return send("DELETE", "/api/messages/in/" + messageId, null, null);
    }

    /** True if Kurer stored an incoming message of this id, in any state (as the operator sees it). */
    boolean storedIncoming(String messageId) {
        HttpResponse<String> all = new Admin(c1.base())
                .get("/admin/dpo/messages?messageId=" + messageId, Admin.basic(Admin.USER, Admin.PASSWORD));
        assertEquals(200, all.statusCode(), all.body());
        for (JsonNode m : Corner1.readTree(all.body())) {
            if ("IN".equals(m.path("direction").asText())) {
                return true;
            }
        }
        return false;
    }

    JsonNode get(String path) {
        HttpResponse<String> response = send("GET", path, null, null);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Corner1.readTree(response.body());
    }

    /** The one conversation of {@code messageId} in {@code direction}, or null. */
    JsonNode conversation(String messageId, String direction) {
        JsonNode page = get("/api/conversations?messageId=" + messageId + "&direction=" + direction);
        return page.path("totalElements").asLong() == 1 ? page.path("content").path(0) : null;
    }

    static List<String> statuses(JsonNode conversation) {
        return statuses(conversation, "messageStatuses");
    }

    static List<String> statuses(JsonNode node, String field) {
        List<String> statuses = new ArrayList<>();
        node.path(field).forEach(s -> statuses.add(s.path("status").asText()));
        return statuses;
    }

    /** The conversation once it has {@code status}. */
    JsonNode awaitStatus(String messageId, String direction, String status, Duration limit) {
        return await(status + " for " + messageId, limit, () -> {
            JsonNode conversation = conversation(messageId, direction);
            return conversation != null && statuses(conversation).contains(status) ? conversation : null;
        });
    }

    static <T> T await(String what, Duration limit, Supplier<T> probe) {
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("not " + what + " within " + limit);
    }

    /** The field names of a recorded example under {@code src/test/resources/nextmove/}, in order. */
    static List<String> fieldsOf(String example) {
        try (InputStream in = EfmClient.class.getResourceAsStream("/nextmove/" + example)) {
            return fields(Corner1.readTree(new String(in.readAllBytes())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
