package no.kurer.webhooks;

import static no.kurer.testsupport.Kurer.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import no.kurer.testsupport.Admin;
import no.kurer.testsupport.Kurer;
import no.kurer.testsupport.NextMoveUser;
import no.kurer.testsupport.WebhookSubscriber;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/subscriptions} on a running Kurer, as a local system built for Digdir's integration point uses it, with a
 * WireMock subscriber: a subscription is pinged before it is kept, a refused or unreachable ping is a 400 that saves
 * nothing, the CRUD answers as NextMove's, every malformed body a 400 naming the fault, and the administrator sees
 * the subscriptions at {@code /admin/webhooks}. Delivery of events is tested below the HTTP API (DeliveringTest).
 */
@ExtendWith(ArquillianExtension.class)
class WebhooksIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String USER = NextMoveUser.basic();
    static final String ADMIN = Admin.basic(Admin.USER, Admin.PASSWORD);

    @Deployment(testable = false)
    static WebArchive kurer() {
        return Kurer.war();
    }

    static String body(String name, String endpoint, String filter) {
        return "{\"name\":\"" + name + "\",\"pushEndpoint\":\"" + endpoint + "\",\"resource\":\"all\","
                + "\"event\":\"all\"" + (filter == null ? "" : ",\"filter\":\"" + filter + "\"") + "}";
    }

    @Test
    void aSubscriptionIsPingedKeptListedChangedAndDeleted() {
        try (WebhookSubscriber first = WebhookSubscriber.start();
                WebhookSubscriber second = WebhookSubscriber.start()) {
            HttpResponse<String> created = send(
                    "POST", "api/subscriptions", body("arkiv", first.endpoint(), "status=FEIL&direction=OUTGOING"));
            assertEquals(200, created.statusCode(), created.body());
            JsonNode subscription = json(created);
            long id = subscription.path("id").asLong();
            assertEquals("arkiv", subscription.path("name").asText());
            assertEquals(first.endpoint(), subscription.path("pushEndpoint").asText());
            assertEquals(
                    "status=FEIL&direction=OUTGOING",
                    subscription.path("filter").asText());

            List<JsonNode> pings = first.received();
            assertEquals(1, pings.size(), pings.toString());
            assertEquals(List.of("createdTs", "event"), names(pings.get(0)));
            assertEquals("ping", pings.get(0).path("event").asText());
            OffsetDateTime.parse(pings.get(0).path("createdTs").asText());
            assertEquals(List.of("application/json"), first.contentTypes());

            assertEquals(subscription, json(send("GET", "api/subscriptions/" + id, null)));
            JsonNode page = json(send("GET", "api/subscriptions?size=1000", null));
            assertTrue(page.path("totalElements").asLong() >= 1, page.toString());
            assertEquals(0, page.path("number").asInt());
            assertTrue(contains(page.path("content"), id), page.toString());

            // a partial update that keeps the endpoint sends no ping; one that moves it pings the new one
            JsonNode renamed = json(send("PUT", "api/subscriptions/" + id, "{\"name\":\"arkiv-2\"}"));
            assertEquals("arkiv-2", renamed.path("name").asText());
            assertEquals(
                    "status=FEIL&direction=OUTGOING", renamed.path("filter").asText());
            assertEquals(1, first.received().size(), "no second ping for a new name");
            JsonNode moved =
                    json(send("PUT", "api/subscriptions/" + id, "{\"pushEndpoint\":\"" + second.endpoint() + "\"}"));
            assertEquals(second.endpoint(), moved.path("pushEndpoint").asText());
            assertEquals(1, second.received().size(), "the new endpoint was pinged");

            JsonNode overview = json(send("GET", "admin/webhooks", null, ADMIN));
            JsonNode row = find(overview, id);
            assertEquals("arkiv-2", row.path("name").asText(), overview.toString());
            assertEquals(
                    0,
                    row.path("delivered").asLong()
                            + row.path("waiting").asLong()
                            + row.path("failed").asLong());
            assertProblem(send("GET", "admin/webhooks", null, null), 401, "unauthorized");
            assertTrue(metrics().contains("kurer_webhooks_deliveries_failed_total 0.0"), "the failure counter, from 0");

            assertEquals(200, send("DELETE", "api/subscriptions/" + id, null).statusCode());
            assertProblem(send("GET", "api/subscriptions/" + id, null), 404, "unknown-subscription");
            send("POST", "api/subscriptions", body("another", first.endpoint(), null));
            assertEquals(200, send("DELETE", "api/subscriptions", null).statusCode());
            assertEquals(
                    0,
                    json(send("GET", "api/subscriptions", null))
                            .path("totalElements")
                            .asLong());
        }
    }

    @Test
    void aFailedPingOrABadBodyIsA400AndNothingIsKept() {
        try (WebhookSubscriber refusing = WebhookSubscriber.start()) {
            refusing.answer(500);
            long before = json(send("GET", "api/subscriptions", null))
                    .path("totalElements")
                    .asLong();

            JsonNode refused = assertProblem(
                    send("POST", "api/subscriptions", body("arkiv", refusing.endpoint(), null)),
                    400,
                    "subscriber-ping-failed");
            assertTrue(refused.path("detail").asText().contains("HTTP 500"), refused.toString());
            assertEquals(1, refusing.received().size(), "the ping was sent");
            JsonNode unreachable = assertProblem(
                    send("POST", "api/subscriptions", body("arkiv", "http://localhost:1/hook", null)),
                    400,
                    "subscriber-ping-failed");
            assertTrue(unreachable.path("detail").asText().contains("refused"), unreachable.toString());

            assertProblem(
                    send("POST", "api/subscriptions", body("a", refusing.endpoint(), "status=DONE")),
                    400,
                    "invalid-subscription-filter");
            assertProblem(
                    send("POST", "api/subscriptions", body("a", refusing.endpoint(), "status!=FEIL")),
                    400,
                    "invalid-subscription-filter");
            assertProblem(
                    send("POST", "api/subscriptions", body("a", "ftp://localhost/x", null)),
                    400,
                    "invalid-push-endpoint");
            assertProblem(
                    send("POST", "api/subscriptions", "{\"pushEndpoint\":\"http://h/\"}"), 400, "invalid-subscription");
            assertProblem(send("POST", "api/subscriptions", "not json"), 400, "invalid-subscription");
            assertProblem(send("PUT", "api/subscriptions/999999", "{\"name\":\"x\"}"), 404, "unknown-subscription");
            assertProblem(send("DELETE", "api/subscriptions/999999", null), 404, "unknown-subscription");
            assertProblem(send("GET", "api/subscriptions?size=0", null), 400, "invalid-parameter");
            assertEquals(1, refusing.received().size(), "invalid bodies are refused before any ping");
            assertEquals(
                    before,
                    json(send("GET", "api/subscriptions", null))
                            .path("totalElements")
                            .asLong());
        }
    }

    /** Needs the NextMove API's Basic authentication (issue 16, item 5). */
    @Test
    void withoutCredentialsTheApiIs401() {
        assertProblem(send("GET", "api/subscriptions", null, null), 401, "unauthorized");
        assertProblem(
                send("POST", "api/subscriptions", body("a", "http://localhost:1/", null), null), 401, "unauthorized");
    }

    static HttpResponse<String> send(String method, String path, String json) {
        return send(method, path, json, USER);
    }

    static HttpResponse<String> send(String method, String path, String json, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Kurer.base().resolve(path))
                .header("Accept", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String metrics() {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(Kurer.base().resolve("admin/metrics"))
                                    .header("Authorization", ADMIN)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static boolean contains(JsonNode array, long id) {
        return find(array, id) != null;
    }

    static JsonNode find(JsonNode array, long id) {
        for (JsonNode item : array) {
            if (item.path("id").asLong() == id) {
                return item;
            }
        }
        return null;
    }
}
