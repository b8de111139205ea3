package no.kurer.altinn.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import no.kurer.configuration.MissingConfiguration;
import no.kurer.configuration.Settings;
import no.kurer.maskinporten.control.MaskinportenRefused;
import no.kurer.maskinporten.control.TestClock;
import no.kurer.maskinporten.entity.TokenRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AltinnTokensTest {

    static final TokenRequest BROKER = TokenRequest.of("altinn:broker.read");

    final TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    final Map<String, String> config = new HashMap<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    final AtomicInteger maskinportenCalls = new AtomicInteger();
    final AtomicInteger issued = new AtomicInteger();
    volatile int status = 200;
    volatile String retryAfter;
    volatile String body;
    volatile long lifetimeSeconds = 1800;
    volatile CountDownLatch gate = new CountDownLatch(0);
    HttpServer altinn;
    AltinnTokens cut;

    @BeforeEach
    void setUp() throws IOException {
        altinn = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        altinn.setExecutor(Executors.newCachedThreadPool());
        altinn.createContext("/authentication/api/v1/exchange/maskinporten", exchange -> {
            authorizations.add(exchange.getRequestMethod() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String answer = body != null ? body : jwt(issued.incrementAndGet(), lifetimeSeconds);
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            if (retryAfter != null) {
                exchange.getResponseHeaders().add("Retry-After", retryAfter);
            }
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        altinn.start();
        config.put("altinn.base-url", "http://localhost:" + altinn.getAddress().getPort() + "/");
        config.put("altinn.connect-timeout-ms", "2000");
        config.put("altinn.read-timeout-ms", "5000");
        cut = new AltinnTokens(
                settings(), request -> "mp-" + request.scope() + "-" + maskinportenCalls.incrementAndGet(), clock);
    }

    AltinnSettings settings() {
        return new AltinnSettings(new Settings(key -> Optional.ofNullable(config.get(key))));
    }

    @AfterEach
    void tearDown() {
        gate.countDown();
        altinn.stop(0);
    }

    /** An unsigned-looking JWT numbered {@code n}, issued by a clock an hour off ours, valid {@code seconds}. */
    String jwt(int n, long seconds) {
        long iat = clock.instant().getEpochSecond() + 3600;
        String payload = "{\"n\":" + n + ",\"iat\":" + iat + ",\"exp\":" + (iat + seconds) + "}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes()) + "." + b64.encodeToString(payload.getBytes())
                + ".c2ln";
    }

    static int number(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return Integer.parseInt(payload.replaceAll(".*\"n\":(\\d+).*", "$1"));
    }

    @Test
    void exchangesTheMaskinportenTokenForTheAltinnToken() {
        String token = cut.altinnToken(BROKER);

        assertEquals(1, number(token));
        assertEquals(List.of("GET Bearer mp-altinn:broker.read-1"), authorizations);
    }

    @Test
    void altinnTokenIsCachedPerRequest() {
        cut.altinnToken(BROKER);
        cut.altinnToken(TokenRequest.of("altinn:broker.read"));
        assertEquals(1, authorizations.size());

        cut.altinnToken(TokenRequest.of("altinn:broker.write"));
        assertEquals(2, authorizations.size());
    }

    @Test
    void renewedSixMinutesBeforeItsThirtyMinutesEndEvenWhenAltinnsClockDiffers() {
        assertEquals(1, number(cut.altinnToken(BROKER)));

        clock.advance(Duration.ofMinutes(24).minusSeconds(1));
        assertEquals(1, number(cut.altinnToken(BROKER)));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(2, number(cut.altinnToken(BROKER)));
        assertEquals(2, maskinportenCalls.get(), "each exchange uses a Maskinporten token");
    }

    @Test
    void tokenWithoutTimesLivesThirtyMinutes() {
        body = "\"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln\""; // quoted, no iat/exp
        assertEquals("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln", cut.altinnToken(BROKER));

        clock.advance(Duration.ofMinutes(23));
        cut.altinnToken(BROKER);
        assertEquals(1, authorizations.size());
        clock.advance(Duration.ofMinutes(1));
        cut.altinnToken(BROKER);
        assertEquals(2, authorizations.size());
    }

    @Test
    void sixteenThreadsCauseOneExchange() throws Exception {
        gate = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            answers.add(threads.submit(() -> cut.altinnToken(BROKER)));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (authorizations.isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        Thread.sleep(200);
        gate.countDown();
        for (Future<String> answer : answers) {
            assertEquals(1, number(answer.get(10, TimeUnit.SECONDS)));
        }
        threads.shutdown();
        assertEquals(1, authorizations.size());
    }

    @Test
    void refusalIsAProblemWithAltinnsStatus() {
        status = 401;
        body = "{\"title\":\"Unauthorized\"}";

        var refused = assertThrows(AltinnRefused.class, () -> cut.altinnToken(BROKER));

        assertEquals(502, refused.status());
        assertEquals("urn:kurer:problem:altinn-exchange-refused", refused.type());
        assertTrue(refused.detail().contains("HTTP 401"), refused.detail());
        assertTrue(refused.detail().contains("Unauthorized"), refused.detail());
    }

    @Test
    void a429IsHonouredNoExchangeIsAskedForBeforeItsRetryAfter() {
        status = 429;
        retryAfter = "60";
        body = "{\"title\":\"Too Many Requests\"}";
        AltinnUnreachable told = assertThrows(AltinnUnreachable.class, () -> cut.altinnToken(BROKER));
        assertTrue(told.detail().contains("429") && told.detail().contains("60 s"), told.detail());

        status = 200;
        body = null;
        clock.advance(Duration.ofSeconds(59));
        AltinnUnreachable waiting = assertThrows(AltinnUnreachable.class, () -> cut.altinnToken(BROKER));
        assertTrue(waiting.detail().contains("asks again after"), waiting.detail());
        assertEquals(1, authorizations.size(), "Altinn was not asked again before Retry-After");

        clock.advance(Duration.ofSeconds(1));
        assertEquals(1, number(cut.altinnToken(BROKER)));
        assertEquals(2, authorizations.size());
    }

    @Test
    void serverErrorIsABadGatewayAndIsNotCached() {
        status = 503;
        body = "busy";
        var failed = assertThrows(AltinnUnreachable.class, () -> cut.altinnToken(BROKER));
        assertEquals(502, failed.status());
        assertEquals("urn:kurer:problem:altinn-exchange-failed", failed.type());

        status = 200;
        body = null;
        assertEquals(1, number(cut.altinnToken(BROKER)));
    }

    @Test
    void answerWithoutAJwtIsABadGateway() {
        body = "<html>login</html>";

        assertEquals(
                "urn:kurer:problem:altinn-exchange-failed",
                assertThrows(AltinnUnreachable.class, () -> cut.altinnToken(BROKER))
                        .type());
    }

    @Test
    void unreachableAltinnIsServiceUnavailable() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            config.put("altinn.base-url", "http://localhost:" + socket.getLocalPort());
        }

        var unreachable = assertThrows(AltinnUnreachable.class, () -> cut.altinnToken(BROKER));
        assertEquals(503, unreachable.status());
        assertEquals("urn:kurer:problem:altinn-unreachable", unreachable.type());
    }

    @Test
    void maskinportenRefusalPassesThrough() {
        cut = new AltinnTokens(
                settings(),
                request -> {
                    throw new MaskinportenRefused("invalid_scope", "not allowed");
                },
                clock);

        assertThrows(MaskinportenRefused.class, () -> cut.altinnToken(BROKER));
        assertTrue(authorizations.isEmpty());
    }

    @Test
    void missingBaseUrlIsNamed() {
        config.remove("altinn.base-url");

        var missing = assertThrows(MissingConfiguration.class, () -> cut.altinnToken(BROKER));

        assertTrue(missing.detail().contains("'altinn.base-url'"), missing.detail());
    }
}
