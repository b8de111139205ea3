package no.kurer.maskinporten.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.kurer.configuration.Settings;
import no.kurer.maskinporten.entity.TokenRequest;
import no.kurer.sandbox.ca.control.SandboxCertificateAuthority;
import no.kurer.sandbox.maskinporten.control.MaskinportenSigningKey;
import no.kurer.sandbox.maskinporten.control.TokenEndpoint;
import no.kurer.sandbox.maskinporten.control.TokenRefused;
import no.kurer.sandbox.maskinporten.control.TokenResponse;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kurer's client against the sandbox's Maskinporten stand-in, in process: both sides must speak the same protocol.
 * The keystore is the one the sandbox writes for its operator ({@code identities/999888771.p12}, password
 * {@code sandbox}), as the {@code %sandbox.} profile configures it.
 */
class MaskinportenClientSandboxTest {

    static final String ISSUER = "http://localhost:8080/sandbox/maskinporten/";
    static final String SCOPE = "digitalpostinnbygger:send";

    @TempDir
    static Path dir;

    static SandboxCertificateAuthority ca;
    static MaskinportenSigningKey signingKey;

    final Clock clock = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    final Map<String, String> config = new HashMap<>();
    TokenEndpoint sandbox;
    HttpServer server;
    MaskinportenClient cut;

    @BeforeAll
    static void sandboxCa() {
        ca = new SandboxCertificateAuthority(dir);
        ca.persistentIdentity("999888771", "Kurer Sandbox Operator");
        signingKey = MaskinportenSigningKey.generate();
    }

    @BeforeEach
    void setUp() throws IOException {
        sandbox = new TokenEndpoint(ISSUER, ca.certificate(), signingKey, List.of(SCOPE, "altinn:broker.read"), clock);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/token", exchange -> {
            Map<String, String> form = new HashMap<>();
            for (String pair :
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
                String[] parts = pair.split("=", 2);
                form.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            }
            int status;
            String body;
            try {
                TokenResponse token = sandbox.token(form.get("grant_type"), form.get("assertion"));
                status = 200;
                body = "{\"access_token\":\"" + token.accessToken() + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                        + token.expiresIn() + ",\"scope\":\"" + token.scope() + "\"}";
            } catch (TokenRefused refused) {
                status = 400;
                body = "{\"error\":\"" + refused.error() + "\",\"error_description\":\"" + refused.description()
                        + "\"}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        config.put("maskinporten.client-id", "kurer-sandbox");
        config.put("maskinporten.issuer", ISSUER);
        config.put(
                "maskinporten.token-endpoint",
                "http://localhost:" + server.getAddress().getPort() + "/token");
        config.put(
                "maskinporten.keystore.path",
                dir.resolve("identities/999888771.p12").toString());
        config.put("maskinporten.keystore.password", "sandbox");
        config.put("maskinporten.connect-timeout-ms", "2000");
        config.put("maskinporten.read-timeout-ms", "5000");
        var settings = new MaskinportenSettings(new Settings(key -> Optional.ofNullable(config.get(key))));
        cut = new MaskinportenClient(settings, new KurerKeys(settings), clock);
    }

    @AfterEach
    void tearDown() {
        server.stop(0);
    }

    @Test
    void sandboxAcceptsTheClientsGrantDirectly() {
        TokenResponse response = sandbox.token(TokenEndpoint.JWT_BEARER, cut.grant(TokenRequest.of(SCOPE)));

        assertEquals(SCOPE, response.scope());
    }

    @Test
    void sandboxIssuesKurerATokenForItsOperatorOverHttp() throws Exception {
        String token = cut.accessToken(TokenRequest.of(SCOPE).withResource("https://c3.example/"));

        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKeyResolver(
                        new JwksVerificationKeyResolver(new JsonWebKeySet(signingKey.publicJwks()).getJsonWebKeys()))
                .setExpectedIssuer(ISSUER)
                .setExpectedAudience("https://c3.example/")
                .setEvaluationTime(NumericDate.fromSeconds(clock.instant().getEpochSecond()))
                .build()
                .processToClaims(token);
        assertEquals("kurer-sandbox", claims.getClaimValue("client_id"));
        assertEquals(
                Map.of("authority", "iso6523-actorid-upis", "ID", "0192:999888771"), claims.getClaimValue("consumer"));
        assertEquals(SCOPE, claims.getClaimValue("scope"));
    }

    @Test
    void sandboxRefusalOfAScopeIsNamedAsScopeNotGranted() {
        var refused =
                assertThrows(MaskinportenRefused.class, () -> cut.accessToken(TokenRequest.of("altinn:broker.write")));

        assertEquals(MaskinportenRefused.Cause.SCOPE_NOT_GRANTED, refused.refusal());
        assertTrue(refused.detail().contains("invalid_scope"), refused.detail());
    }

    @Test
    void certificateFromAnotherCaIsNamedAsKeyRejected() {
        Path stranger = dir.resolve("stranger");
        new SandboxCertificateAuthority(stranger).persistentIdentity("999888771", "Impostor");
        config.put(
                "maskinporten.keystore.path",
                stranger.resolve("identities/999888771.p12").toString());

        var refused = assertThrows(MaskinportenRefused.class, () -> cut.accessToken(TokenRequest.of(SCOPE)));

        assertEquals(MaskinportenRefused.Cause.KEY_REJECTED, refused.refusal());
    }
}
