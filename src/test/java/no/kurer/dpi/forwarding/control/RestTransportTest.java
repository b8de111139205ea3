package no.kurer.dpi.forwarding.control;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.forwarding.entity.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestTransportTest {

    static final String JWS = "eyJhbGciOiJSUzI1NiJ9.eyJzdGFuZGFyZEJ1c2luZXNzRG9jdW1lbnQiOnt9fQ.c2lnbmF0dXI";
    static final String PATH = "/c3/sendmelding/melding-1";

    @TempDir
    Path dir;

    WireMockServer c3;
    Route route;
    Path pakke;
    Melding melding;
    final List<String> tokenRequests = new ArrayList<>();
    RestTransport cut;

    @BeforeEach
    void start() throws Exception {
        c3 = new WireMockServer(wireMockConfig().dynamicPort());
        c3.start();
        route = new Route("987464291", URI.create("http://localhost:" + c3.port() + "/c3/"));
        byte[] bytes = new byte[300_000];
        new Random(7).nextBytes(bytes);
        pakke = Files.write(dir.resolve("pakke"), bytes);
        melding = new Melding(
                "melding-1",
                "conversation-1",
                "digital",
                "urn:process",
                "991825827",
                null,
                null,
                "987464291",
                "fingerprint",
                JWS);
        melding.packageAccepted("pakke", "application/cms", bytes.length);
        cut = new RestTransport(
                HttpClient.newHttpClient(),
                r -> {
                    tokenRequests.add(r.baseUrl());
                    return "kurer-token";
                },
                Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        c3.stop();
    }

    @Test
    void postsTheForretningsmeldingAsReceivedThenPutsThePackage() throws Exception {
        c3.stubFor(post(PATH).willReturn(aResponse().withStatus(200)));
        c3.stubFor(put(PATH).willReturn(aResponse().withStatus(200)));

        cut.forward(melding, route, pakke);

        c3.verify(postRequestedFor(urlEqualTo(PATH))
                .withHeader("Content-Type", equalTo("application/jwt"))
                .withHeader("Authorization", equalTo("Bearer kurer-token")));
        c3.verify(putRequestedFor(urlEqualTo(PATH))
                .withHeader("Content-Type", equalTo("application/cms"))
                .withHeader("Authorization", equalTo("Bearer kurer-token")));
        var requests = c3.getAllServeEvents();
        assertEquals(2, requests.size());
        var postEvent = requests.stream()
                .filter(e -> e.getRequest().getMethod().getName().equals("POST"))
                .findFirst()
                .orElseThrow();
        var putEvent = requests.stream()
                .filter(e -> e.getRequest().getMethod().getName().equals("PUT"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                postEvent
                                .getRequest()
                                .getLoggedDate()
                                .compareTo(putEvent.getRequest().getLoggedDate())
                        <= 0,
                "the package went before the forretningsmelding");
        assertEquals(JWS, postEvent.getRequest().getBodyAsString());
        assertArrayEquals(Files.readAllBytes(pakke), putEvent.getRequest().getBody());
        assertEquals(List.of("http://localhost:" + c3.port() + "/c3"), tokenRequests.subList(0, 1));
    }

    @Test
    void corner3ThatAlreadyHasMessageAndPackageCountsAsAccepted() {
        c3.stubFor(post(PATH).willReturn(aResponse().withStatus(409)));
        c3.stubFor(put(PATH).willReturn(aResponse().withStatus(409)));

        cut.forward(melding, route, pakke);

        c3.verify(putRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void refusedPostStopsBeforeThePackage() {
        c3.stubFor(post(PATH).willReturn(aResponse().withStatus(503).withBody("{\"title\":\"busy\"}")));

        Corner3Refused refused = assertThrows(Corner3Refused.class, () -> cut.forward(melding, route, pakke));

        assertTrue(refused.getMessage().contains("503") && refused.getMessage().contains("busy"), refused.getMessage());
        assertEquals(0, c3.findAll(putRequestedFor(urlEqualTo(PATH))).size());
    }

    @Test
    void refusedPackageIsAFailure() {
        c3.stubFor(post(PATH).willReturn(aResponse().withStatus(200)));
        c3.stubFor(put(PATH).willReturn(aResponse().withStatus(400)));

        Corner3Refused refused = assertThrows(Corner3Refused.class, () -> cut.forward(melding, route, pakke));
        assertTrue(refused.getMessage().contains("PUT"), refused.getMessage());
    }

    @Test
    void corner3DownIsUnreachable() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Route nowhere = new Route("987464291", URI.create("http://localhost:" + closed));

        assertThrows(Corner3Unreachable.class, () -> cut.forward(melding, nowhere, pakke));
    }

    @Test
    void slowCorner3TimesOut() {
        c3.stubFor(post(PATH).willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
        RestTransport impatient = new RestTransport(HttpClient.newHttpClient(), r -> "t", Duration.ofMillis(500));

        assertThrows(Corner3Unreachable.class, () -> impatient.forward(melding, route, pakke));
    }

    @Test
    void noTokenNoCall() {
        RestTransport tokenless = new RestTransport(
                HttpClient.newHttpClient(),
                r -> {
                    throw new IllegalStateException("Maskinporten answered invalid_client");
                },
                Duration.ofSeconds(5));

        NoAccessToken failure = assertThrows(NoAccessToken.class, () -> tokenless.forward(melding, route, pakke));
        assertTrue(failure.getMessage().contains("invalid_client"), failure.getMessage());
        assertEquals(0, c3.getAllServeEvents().size());
    }
}
