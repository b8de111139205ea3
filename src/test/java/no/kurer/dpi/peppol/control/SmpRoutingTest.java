package no.kurer.dpi.peppol.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import no.kurer.dpi.forwarding.control.NoRoute;
import no.kurer.dpi.peppol.entity.PeppolIds;
import no.kurer.dpi.peppol.entity.SmpEndpoint;
import no.kurer.sandbox.ca.control.SandboxCertificateAuthority;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import no.kurer.sandbox.peppol.control.ServiceMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmpRoutingTest {

    static final String RECEIVER = "987464291";
    static final String DOCTYPE = PeppolIds.documentType("digital");

    @TempDir
    Path dir;

    HttpServer server;
    final AtomicInteger requests = new AtomicInteger();
    final Map<String, byte[]> answers = new ConcurrentHashMap<>();
    SandboxCertificateAuthority ca;
    EnterpriseIdentity smp;
    EnterpriseIdentity ap;
    MutableClock clock = new MutableClock();

    @BeforeEach
    void start() throws Exception {
        ca = new SandboxCertificateAuthority(dir.resolve("ca"));
        smp = ca.issue("924918004", "Sandbox SMP");
        ap = ca.issue("924918004", "PNO000003");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body =
                    answers.get(URI.create(exchange.getRequestURI().toString()).getRawPath());
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    SmpRouting cut(List<java.security.cert.X509Certificate> trusted) {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/smp");
        SmpClient client = new SmpClient(
                HttpClient.newHttpClient(), participant -> base, new SmpSignature(trusted), Duration.ofSeconds(5));
        return new SmpRouting(client, Duration.ofMinutes(10), clock);
    }

    void publish(byte[] answer) {
        answers.put(
                "/smp/iso6523-actorid-upis%3A%3A0192%3A" + RECEIVER + "/services/busdox-docid-qns%3A%3A"
                        + java.net.URLEncoder.encode(DOCTYPE, StandardCharsets.UTF_8),
                answer);
    }

    byte[] signedBy(EnterpriseIdentity signer) {
        return ServiceMetadata.signed(
                "0192:" + RECEIVER,
                DOCTYPE,
                List.of(PeppolIds.DIGITAL_PROCESS),
                "http://localhost:1/as4",
                ap.certificate(),
                signer.privateKey(),
                signer.certificate());
    }

    @Test
    void findsTheAs4EndpointAndItsCertificateAndAsksTheSmpOnceWhileCached() {
        publish(signedBy(smp));
        SmpRouting cut = cut(List.of(ca.certificate()));

        SmpEndpoint endpoint = cut.endpoint(RECEIVER, null);
        assertEquals(URI.create("http://localhost:1/as4"), endpoint.url());
        assertEquals(ap.certificate(), endpoint.certificate());
        assertEquals(
                "http://localhost:1/as4",
                cut.route(RECEIVER, PeppolIds.DIGITAL_PROCESS).orElseThrow().baseUrl());
        assertEquals(1, requests.get(), "the second lookup came from the cache");

        clock.now = clock.now.plus(Duration.ofMinutes(11));
        cut.endpoint(RECEIVER, null);
        assertEquals(2, requests.get(), "an expired entry is asked for again");
    }

    @Test
    void anUnknownReceiverIsNoRouteNamingWhatWasAskedAndIsNotCached() {
        SmpRouting cut = cut(List.of(ca.certificate()));

        NoRoute none = assertThrows(NoRoute.class, () -> cut.route(RECEIVER, null));
        assertTrue(none.getMessage().contains("0192:" + RECEIVER), none.getMessage());
        assertTrue(none.getMessage().contains(DOCTYPE), none.getMessage());

        publish(signedBy(smp));
        assertEquals(
                URI.create("http://localhost:1/as4"),
                cut.endpoint(RECEIVER, null).url(),
                "registered later: found");
    }

    @Test
    void aProcessTheReceiverDoesNotServeIsNoRoute() {
        publish(signedBy(smp));
        NoRoute none = assertThrows(
                NoRoute.class,
                () -> cut(List.of(ca.certificate()))
                        .route(RECEIVER, "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver9.9"));
        assertTrue(none.getMessage().contains("ver9.9"), none.getMessage());
    }

    @Test
    void anAnswerSignedOutsideTheTrustedCasIsRefused() {
        SandboxCertificateAuthority other = new SandboxCertificateAuthority(dir.resolve("other"));
        publish(signedBy(other.issue("924918004", "Rogue SMP")));

        NoRoute refused =
                assertThrows(NoRoute.class, () -> cut(List.of(ca.certificate())).route(RECEIVER, null));
        assertTrue(refused.getMessage().contains("does not chain to a trusted SMP CA"), refused.getMessage());
    }

    @Test
    void aTamperedAnswerIsRefused() {
        String genuine = new String(signedBy(smp), StandardCharsets.UTF_8);
        publish(genuine.replace("http://localhost:1/as4", "http://evil.example/as4")
                .getBytes(StandardCharsets.UTF_8));

        NoRoute refused =
                assertThrows(NoRoute.class, () -> cut(List.of(ca.certificate())).route(RECEIVER, null));
        assertTrue(refused.getMessage().contains("does not verify"), refused.getMessage());
    }

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
