package no.kurer.sandbox.c3.control;

import static no.kurer.sandbox.c3.control.Fixtures.AVSENDER;
import static no.kurer.sandbox.c3.control.Fixtures.C3_IDENTITY;
import static no.kurer.sandbox.c3.control.Fixtures.CA;
import static no.kurer.sandbox.c3.control.Fixtures.ISSUER;
import static no.kurer.sandbox.c3.control.Fixtures.MAILBOX_IDENTITY;
import static no.kurer.sandbox.c3.control.Fixtures.MASKINPORTEN;
import static no.kurer.sandbox.c3.control.Fixtures.SCOPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import no.kurer.sandbox.c3.entity.ForwardedMelding;
import no.kurer.sandbox.c3.entity.ReceivedMelding.Receipt;
import no.kurer.sandbox.ca.control.OrganisationNumbers;
import no.kurer.sandbox.maskinporten.control.TokenEndpoint;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Receipts delivered to a JDK HttpServer playing Kurer's {@code /dpi/c3/kvittering} endpoint. */
class KvitteringerTest {

    static final String AUDIENCE = "http://kurer.test/dpi";
    static final Duration DELAY = Duration.ofMillis(300);

    record Call(String method, String path, Map<String, List<String>> headers, String body, long atNanos) {}

    final Clock clock = Clock.systemUTC();
    final ObjectMapper json = new ObjectMapper();
    final List<Call> calls = new CopyOnWriteArrayList<>();
    final Deque<Integer> answers = new ArrayDeque<>();
    final List<Receipt> log = new CopyOnWriteArrayList<>();
    final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    final ForwardedMelding melding = new ForwardedMelding(
            "m-" + UUID.randomUUID(),
            UUID.randomUUID().toString(),
            KvitteringFactory.DIGITAL_PROCESS,
            "digital",
            AVSENDER,
            "enhet-1",
            "digest");
    HttpServer kurer;

    @BeforeEach
    void startKurer() throws IOException {
        kurer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        kurer.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.US_ASCII);
            calls.add(new Call(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    body,
                    System.nanoTime()));
            Integer status;
            synchronized (answers) {
                status = answers.poll();
            }
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        kurer.start();
    }

    @AfterEach
    void stop() {
        kurer.stop(0);
        scheduler.shutdownNow();
    }

    Kvitteringer cut(List<Duration> backoff) {
        var tokens = new C3AccessTokens(
                new TokenEndpoint(ISSUER, CA.certificate(), MASKINPORTEN, List.of(SCOPE), clock),
                ISSUER,
                C3_IDENTITY,
                AUDIENCE,
                clock);
        var delivery = new KvitteringDelivery(
                HttpClient.newHttpClient(),
                "http://127.0.0.1:" + kurer.getAddress().getPort() + "/",
                tokens,
                scheduler,
                backoff);
        return new Kvitteringer(MAILBOX_IDENTITY, delivery, scheduler, DELAY, clock, (id, receipt) -> {
            assertEquals(melding.meldingsid(), id);
            log.add(receipt);
        });
    }

    @Test
    void afterTheDelayAMottakskvitteringThenALeveringskvitteringReachKurer() throws Exception {
        long start = System.nanoTime();

        cut(List.of()).acknowledge(melding).get(20, TimeUnit.SECONDS);

        assertEquals(2, calls.size());
        assertTrue(calls.get(0).atNanos() - start >= DELAY.toNanos(), "the first receipt waits the delay");
        assertEquals(
                List.of("mottakskvittering", "leveringskvittering"),
                log.stream().map(Receipt::type).toList());
        for (int i = 0; i < 2; i++) {
            Call call = calls.get(i);
            Receipt receipt = log.get(i);
            assertEquals("POST", call.method());
            assertEquals(
                    "/dpi/c3/kvittering/" + AVSENDER + "/" + melding.conversationId() + "/" + receipt.meldingsid(),
                    call.path());
            assertEquals(List.of("application/jwt"), call.headers().get("Content-type"));
            assertEquals(200, receipt.status());
            assertEquals(1, receipt.attempts());
            assertCorner3Token(call.headers().get("Authorization").get(0));
            JsonNode document = verifiedReceipt(call.body());
            assertEquals(
                    receipt.meldingsid(),
                    document.at("/standardBusinessDocumentHeader/documentIdentification/instanceIdentifier")
                            .asText());
            assertEquals(
                    receipt.type(),
                    document.at("/standardBusinessDocumentHeader/documentIdentification/type")
                            .asText());
            assertEquals(
                    melding.conversationId(),
                    document.at("/standardBusinessDocumentHeader/businessScope/scope/0/instanceIdentifier")
                            .asText());
            assertEquals(
                    "enhet-1",
                    document.at("/" + receipt.type() + "/mottaker/motakeridentifikator")
                            .asText());
        }
    }

    @Test
    void aRefusedDeliveryIsTriedAgainUntilKurerAcceptsIt() throws Exception {
        answers.addAll(List.of(503, 503));

        cut(List.of(Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMillis(50)))
                .acknowledge(melding)
                .get(20, TimeUnit.SECONDS);

        assertEquals(4, calls.size(), "three tries for the mottakskvittering, one for the leveringskvittering");
        assertEquals(calls.get(0).body(), calls.get(2).body(), "the same receipt is tried again");
        assertEquals(new Receipt("mottakskvittering", log.get(0).meldingsid(), 200, 3), log.get(0));
        assertEquals(1, log.get(1).attempts());
    }

    @Test
    void givesUpAfterTheLastTryAndStillSendsTheLeveringskvittering() throws Exception {
        answers.addAll(List.of(500, 500, 500));

        cut(List.of(Duration.ofMillis(20), Duration.ofMillis(20)))
                .acknowledge(melding)
                .get(20, TimeUnit.SECONDS);

        assertEquals(4, calls.size());
        assertEquals(500, log.get(0).status());
        assertEquals(3, log.get(0).attempts());
        assertEquals("leveringskvittering", log.get(1).type());
        assertEquals(200, log.get(1).status());
    }

    void assertCorner3Token(String authorization) throws Exception {
        assertTrue(authorization.startsWith("Bearer "));
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKey(MASKINPORTEN.key().getPublicKey())
                .setExpectedIssuer(ISSUER)
                .setExpectedAudience(AUDIENCE)
                .build()
                .processToClaims(authorization.substring(7));
        assertEquals(
                Map.of("authority", "iso6523-actorid-upis", "ID", "0192:924918004"), claims.getClaimValue("consumer"));
        assertEquals(SCOPE, claims.getStringClaimValue("scope"));
    }

    JsonNode verifiedReceipt(String compact) throws Exception {
        var jws = (JsonWebSignature) JsonWebStructure.fromCompactSerialization(compact);
        assertEquals("RS256", jws.getAlgorithmHeaderValue());
        var leaf = jws.getCertificateChainHeaderValue().get(0);
        assertEquals("987464291", OrganisationNumbers.of(leaf).orElseThrow(), "signed by the mailbox provider");
        jws.setKey(leaf.getPublicKey());
        assertTrue(jws.verifySignature());
        JsonNode document = json.readTree(jws.getPayload()).path("standardBusinessDocument");
        assertEquals(
                "0192:987464291",
                document.at("/standardBusinessDocumentHeader/sender/0/identifier/value")
                        .asText());
        assertEquals(
                "0192:" + AVSENDER,
                document.at("/standardBusinessDocumentHeader/receiver/0/identifier/value")
                        .asText());
        return document;
    }
}
