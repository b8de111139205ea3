package no.kurer.sandbox.sender.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.kurer.sandbox.ca.control.SandboxCertificateAuthority;
import no.kurer.sandbox.maskinporten.control.MaskinportenSigningKey;
import no.kurer.sandbox.maskinporten.control.TokenEndpoint;
import no.kurer.sandbox.maskinporten.control.TokenRefused;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.JsonWebStructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sender against a tiny HTTP server playing the sandbox CA, the sandbox Maskinporten and Kurer. */
class SandboxSenderTest {

    static final String AUDIENCE = "https://c2.example/";

    @TempDir
    Path dir;

    HttpServer server;
    SandboxCertificateAuthority ca;
    final ObjectMapper json = new ObjectMapper();
    final Map<String, String> received = new ConcurrentHashMap<>();
    final Map<String, byte[]> packages = new ConcurrentHashMap<>();
    int kurerStatus = 200;

    @BeforeEach
    void start() throws IOException {
        ca = new SandboxCertificateAuthority(dir);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        var tokens = new TokenEndpoint(
                base + "/sandbox/maskinporten/",
                ca.certificate(),
                MaskinportenSigningKey.generate(),
                List.of(SandboxSender.SCOPE),
                Clock.systemUTC());
        server.createContext("/sandbox/ca/enterprise-certificates", exchange -> {
            var request = json.readTree(exchange.getRequestBody());
            var identity = ca.issue(
                    request.path("orgno").asText(), request.path("name").asText());
            Map<String, Object> body = new HashMap<>();
            body.put(
                    "certificateChain",
                    identity.chain().stream()
                            .map(c -> {
                                try {
                                    return Base64.getEncoder().encodeToString(c.getEncoded());
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                            })
                            .toList());
            body.put("privateKey", no.kurer.sandbox.ca.control.Pem.privateKey(identity.privateKey()));
            answer(exchange, 200, json.writeValueAsString(body));
        });
        server.createContext("/sandbox/maskinporten/token", exchange -> {
            Map<String, String> form = new HashMap<>();
            for (String pair :
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
                String[] kv = pair.split("=", 2);
                form.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
            try {
                answer(
                        exchange,
                        200,
                        json.writeValueAsString(tokens.token(form.get("grant_type"), form.get("assertion"))
                                .toJson()));
            } catch (TokenRefused e) {
                answer(exchange, 400, json.writeValueAsString(Map.of("error", e.error())));
            }
        });
        server.createContext("/dpi/sendmelding/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String key = exchange.getRequestMethod() + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type");
            received.put(key, exchange.getRequestHeaders().getFirst("Authorization"));
            if (exchange.getRequestMethod().equals("POST")) {
                received.put("jwt", new String(body, StandardCharsets.UTF_8));
            } else {
                packages.put("cms", body);
            }
            answer(
                    exchange,
                    kurerStatus,
                    kurerStatus == 200 ? "" : "{\"type\":\"urn:kurer:problem:forbidden\",\"status\":403}");
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    SandboxSender cut() {
        return new SandboxSender(
                HttpClient.newHttpClient(),
                "http://127.0.0.1:" + server.getAddress().getPort(),
                AUDIENCE,
                ca.persistentIdentity("987464291", "Postkasse").certificate(),
                Clock.systemUTC());
    }

    static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Test
    void sendsMessageAndPackageWithTokenForTheSupplierActingForTheAvsender() throws Exception {
        SendResult result = cut().send("910076787", new SendRequest("Vedtak", "Tekst", null, "991825827"));

        assertTrue(result.accepted(), result.toJson().toString());
        assertEquals(4, result.steps().size());
        assertTrue(received.get("POST application/jwt").startsWith("Bearer "));
        assertTrue(received.containsKey("PUT application/cms"));
        var jws = (JsonWebSignature) JsonWebStructure.fromCompactSerialization(received.get("jwt"));
        jws.setKey(jws.getCertificateChainHeaderValue().get(0).getPublicKey());
        assertTrue(jws.verifySignature());
        var digital = json.readTree(jws.getPayload()).at("/standardBusinessDocument/digital");
        assertEquals(
                "0192:910076787",
                digital.at("/avsender/virksomhetsidentifikator/value").asText());
        assertEquals(
                received.get("POST application/jwt"),
                "Bearer " + digital.path("maskinportentoken").asText());
        assertEquals(
                ForretningsmeldingFactory.sha256(packages.get("cms")),
                digital.at("/dokumentpakkefingeravtrykk/digestValue").asText());
        var token = json.readTree(Base64.getUrlDecoder()
                .decode(digital.path("maskinportentoken").asText().split("\\.")[1]));
        assertEquals("0192:910076787", token.at("/consumer/ID").asText());
        assertEquals("0192:991825827", token.at("/supplier/ID").asText());
        assertEquals(AUDIENCE, token.path("aud").asText());
    }

    @Test
    void reportsKurersRefusalAndDoesNotSendThePackage() {
        kurerStatus = 403;

        SendResult result = cut().send("991825827", SendRequest.defaults());

        assertFalse(result.accepted());
        var last = result.steps().get(result.steps().size() - 1);
        assertEquals(403, last.status());
        assertTrue(last.body().toString().contains("forbidden"));
        assertFalse(packages.containsKey("cms"));
    }

    @Test
    void reusesTheEnterpriseCertificateOnTheNextSend() {
        var cut = cut();
        cut.send("991825827", SendRequest.defaults());

        SendResult second = cut.send("991825827", SendRequest.defaults());

        assertTrue(second.steps().get(0).call().startsWith("reuse"));
        assertTrue(second.accepted());
    }
}
