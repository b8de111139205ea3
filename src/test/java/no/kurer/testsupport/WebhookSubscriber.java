package no.kurer.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A local system's webhook endpoint as a WireMock server in the test process: it takes every POST to {@link #PATH}
 * (or refuses some, or all), and {@link #received()} reads what Kurer POSTed to it, oldest first, pings included, so
 * that a test can assert the events a subscriber got, and how often. {@link #events()} leaves the pings out.
 */
public final class WebhookSubscriber implements AutoCloseable {

    public static final String PATH = "/hooks/kurer";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server;

    private WebhookSubscriber(WireMockServer server) {
        this.server = server;
    }

    /** A subscriber on a free port that answers every POST with 200. */
    public static WebhookSubscriber start() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        WebhookSubscriber subscriber = new WebhookSubscriber(server);
        subscriber.answer(200);
        return subscriber;
    }

    /** The push endpoint to subscribe. */
    public String endpoint() {
        return "http://localhost:" + server.port() + PATH;
    }

    /** From now on every POST gets {@code status}. */
    public void answer(int status) {
        server.resetMappings();
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)));
    }

    /** The next {@code refusals} POSTs get 503, every one after that 200. */
    public void refuseFirst(int refusals) {
        server.resetMappings();
        String state = Scenario.STARTED;
        for (int i = 1; i <= refusals; i++) {
            String next = "refused-" + i;
            server.stubFor(post(urlEqualTo(PATH))
                    .inScenario("refusals")
                    .whenScenarioStateIs(state)
                    .willSetStateTo(next)
                    .willReturn(aResponse().withStatus(503).withBody("busy")));
            state = next;
        }
        server.stubFor(post(urlEqualTo(PATH))
                .inScenario("refusals")
                .whenScenarioStateIs(state)
                .willReturn(aResponse().withStatus(200)));
    }

    /** Every POST Kurer made, oldest first, as JSON. */
    public List<JsonNode> received() {
        return oldestFirst().stream()
                .filter(e -> e.getRequest().getUrl().equals(PATH))
                .map(WebhookSubscriber::json)
                .toList();
    }

    /** The status events Kurer POSTed, oldest first, without the pings. */
    public List<JsonNode> events() {
        return received().stream()
                .filter(e -> !"ping".equals(e.path("event").asText()))
                .toList();
    }

    /** The status events the subscriber accepted (answered 2xx), oldest first: what the local system took. */
    public List<JsonNode> acceptedEvents() {
        return oldestFirst().stream()
                .filter(e -> e.getRequest().getUrl().equals(PATH))
                .filter(e -> e.getResponse().getStatus() / 100 == 2)
                .map(WebhookSubscriber::json)
                .filter(e -> !"ping".equals(e.path("event").asText()))
                .toList();
    }

    /** How many POSTs the subscriber refused (answered other than 2xx). */
    public long refused() {
        return oldestFirst().stream()
                .filter(e -> e.getRequest().getUrl().equals(PATH))
                .filter(e -> e.getResponse().getStatus() / 100 != 2)
                .count();
    }

    /** The {@code Content-Type} of every POST, oldest first. */
    public List<String> contentTypes() {
        return oldestFirst().stream()
                .map(e -> e.getRequest().getHeader("Content-Type"))
                .toList();
    }

    /** WireMock lists the newest first. */
    private List<ServeEvent> oldestFirst() {
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        Collections.reverse(events);
        return events;
    }

    private static JsonNode json(ServeEvent event) {
        try {
            return JSON.readTree(event.getRequest().getBodyAsString());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
