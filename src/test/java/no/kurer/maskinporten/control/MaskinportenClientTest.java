package no.kurer.maskinporten.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.kurer.configuration.MissingConfiguration;
import no.kurer.configuration.Settings;
import no.kurer.maskinporten.entity.SystemUserReference;
import no.kurer.maskinporten.entity.TokenRequest;
import no.kurer.sandbox.ca.control.SandboxCertificateAuthority;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwx.JsonWebStructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskinportenClientTest {

    static final String ISSUER = "https://test.maskinporten.no/";
    static final String CLIENT_ID = "kurer-test-client";
    static final TokenRequest SEND = TokenRequest.of("digitalpostinnbygger:send");

    @TempDir
    static Path dir;

    static EnterpriseIdentity kurer;
    static Path keystore;

    final TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    final Map<String, String> config = new HashMap<>();
    FakeMaskinporten maskinporten;
    MaskinportenClient cut;

    @BeforeAll
    static void identity() {
        kurer = new SandboxCertificateAuthority(dir).persistentIdentity("999888771", "Kurer");
        keystore = dir.resolve("identities/999888771.p12");
    }

    @BeforeEach
    void setUp() throws Exception {
        maskinporten = new FakeMaskinporten();
        config.put("maskinporten.client-id", CLIENT_ID);
        config.put("maskinporten.issuer", ISSUER);
        config.put("maskinporten.token-endpoint", maskinporten.tokenEndpoint().toString());
        config.put("maskinporten.keystore.path", keystore.toString());
        config.put("maskinporten.keystore.password", "sandbox");
        cut = client();
    }

    MaskinportenClient client() {
        config.putIfAbsent("maskinporten.connect-timeout-ms", "2000");
        config.putIfAbsent("maskinporten.read-timeout-ms", "5000");
        var settings = new MaskinportenSettings(new Settings(key -> Optional.ofNullable(config.get(key))));
        return new MaskinportenClient(settings, new KurerKeys(settings), clock);
    }

    @AfterEach
    void tearDown() {
        maskinporten.close();
    }

    static JwtClaims verified(String grant, Key key) throws Exception {
        JsonWebSignature jws = (JsonWebSignature) JsonWebStructure.fromCompactSerialization(grant);
        jws.setKey(key);
        assertTrue(jws.verifySignature(), "the grant's signature must verify with the client's public key");
        return JwtClaims.parse(jws.getPayload());
    }

    @Test
    void enterpriseCertificateGrantCarriesTheChainAndTheClaimsMaskinportenWants() throws Exception {
        String token = cut.accessToken(SEND);

        assertEquals("token-1", token);
        Map<String, String> form = maskinporten.forms().get(0);
        assertEquals("urn:ietf:params:oauth:grant-type:jwt-bearer", form.get("grant_type"));
        assertEquals("application/x-www-form-urlencoded", form.get("content-type"));
        JsonWebSignature header = (JsonWebSignature) JsonWebStructure.fromCompactSerialization(form.get("assertion"));
        assertEquals("RS256", header.getAlgorithmHeaderValue());
        assertEquals(kurer.chain(), header.getCertificateChainHeaderValue());
        assertNull(header.getKeyIdHeaderValue());

        JwtClaims claims = verified(form.get("assertion"), kurer.certificate().getPublicKey());
        assertEquals(List.of(ISSUER), claims.getAudience());
        assertTrue(claims.isClaimValueString("aud"), "aud is a single string, not an array");
        assertEquals(CLIENT_ID, claims.getIssuer());
        assertEquals(clock.instant().getEpochSecond(), claims.getIssuedAt().getValue());
        assertEquals(
                claims.getIssuedAt().getValue() + 120,
                claims.getExpirationTime().getValue());
        assertFalse(claims.getJwtId().isBlank());
        assertEquals("digitalpostinnbygger:send", claims.getStringClaimValue("scope"));
        assertFalse(claims.hasClaim("resource"));
        assertFalse(claims.hasClaim("authorization_details"));
    }

    @Test
    void registeredKeyGrantNamesTheKidInsteadOfACertificate() throws Exception {
        RsaJsonWebKey jwk = RsaJwkGenerator.generateJwk(2048);
        jwk.setKeyId("kurer-key-2025");
        Path file = Files.writeString(dir.resolve("registered.json"), jwk.toJson(OutputControlLevel.INCLUDE_PRIVATE));
        config.put("maskinporten.jwk.path", file.toString());

        cut.accessToken(SEND);

        String grant = maskinporten.lastGrant();
        JsonWebSignature header = (JsonWebSignature) JsonWebStructure.fromCompactSerialization(grant);
        assertEquals("kurer-key-2025", header.getKeyIdHeaderValue());
        assertNull(header.getHeaders().getObjectHeaderValue("x5c"));
        assertEquals(CLIENT_ID, verified(grant, jwk.getPublicKey()).getIssuer());
    }

    @Test
    void resourceAndSystemUserGoIntoTheGrant() throws Exception {
        TokenRequest request = TokenRequest.of("altinn:broker.write", "altinn:broker.read")
                .withResource("https://platform.tt02.altinn.no/")
                .withAuthorizationDetails(
                        List.of(new SystemUserReference("910076787", "kurer_systembruker_dpo").authorizationDetail()));

        cut.accessToken(request);

        JwtClaims claims =
                verified(maskinporten.lastGrant(), kurer.certificate().getPublicKey());
        assertEquals("altinn:broker.read altinn:broker.write", claims.getStringClaimValue("scope"));
        assertEquals("https://platform.tt02.altinn.no/", claims.getStringClaimValue("resource"));
        assertEquals(
                List.of(Map.of(
                        "type",
                        "urn:altinn:systemuser",
                        "systemuser_org",
                        Map.of("authority", "iso6523-actorid-upis", "ID", "0192:910076787"),
                        "externalRef",
                        "kurer_systembruker_dpo")),
                claims.getClaimValue("authorization_details"));
    }

    @Test
    void everyGrantHasItsOwnJti() throws Exception {
        cut.accessToken(SEND);
        cut.accessToken(TokenRequest.of("altinn:broker.read"));

        var first = verified(
                maskinporten.forms().get(0).get("assertion"),
                kurer.certificate().getPublicKey());
        var second = verified(
                maskinporten.forms().get(1).get("assertion"),
                kurer.certificate().getPublicKey());
        assertNotEquals(first.getJwtId(), second.getJwtId());
    }

    @Test
    void equalRequestsShareOneTokenAndOthersGetTheirOwn() {
        assertEquals("token-1", cut.accessToken(SEND));
        assertEquals("token-1", cut.accessToken(TokenRequest.of("digitalpostinnbygger:send")));
        assertEquals(1, maskinporten.requests());

        assertEquals("token-2", cut.accessToken(SEND.withResource("https://c3.example/")));
        assertEquals(2, maskinporten.requests());
    }

    @Test
    void tokenIsRenewedOnceTwentyPercentOfItsLifeIsLeft() {
        cut.accessToken(SEND); // lives 120 s: renewed from 96 s on

        clock.advance(Duration.ofSeconds(95));
        assertEquals("token-1", cut.accessToken(SEND));
        clock.advance(Duration.ofSeconds(1));
        assertEquals("token-2", cut.accessToken(SEND));
        assertEquals(2, maskinporten.requests());
    }

    @Test
    void a429IsHonouredNoGrantIsSentBeforeItsRetryAfter() {
        maskinporten.tooMany("30");
        MaskinportenUnreachable told = assertThrows(MaskinportenUnreachable.class, () -> cut.accessToken(SEND));
        assertTrue(told.detail().contains("429") && told.detail().contains("30 s"), told.detail());

        maskinporten.issueTokens(120);
        clock.advance(Duration.ofSeconds(29));
        assertThrows(MaskinportenUnreachable.class, () -> cut.accessToken(SEND));
        assertEquals(1, maskinporten.requests(), "Maskinporten was not asked again before Retry-After");

        clock.advance(Duration.ofSeconds(1));
        assertEquals("token-1", cut.accessToken(SEND));
        assertEquals(2, maskinporten.requests());
    }

    @Test
    void shortLivedTokenIsRenewedAtLeastTenSecondsBeforeExpiry() {
        maskinporten.issueTokens(30); // 20 % would be 6 s; the margin is at least 10 s
        cut.accessToken(SEND);

        clock.advance(Duration.ofSeconds(19));
        assertEquals("token-1", cut.accessToken(SEND));
        clock.advance(Duration.ofSeconds(1));
        assertEquals("token-2", cut.accessToken(SEND));
    }

    @Test
    void sixteenThreadsAskingAtOnceCauseExactlyOneTokenRequest() throws Exception {
        maskinporten.hold();
        ExecutorService threads = Executors.newFixedThreadPool(16);
        CountDownLatch started = new CountDownLatch(16);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            answers.add(threads.submit(() -> {
                started.countDown();
                return cut.accessToken(SEND);
            }));
        }
        assertTrue(started.await(10, TimeUnit.SECONDS));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (maskinporten.requests() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        Thread.sleep(200); // let the other fifteen reach the cache while the first request is held
        maskinporten.release();

        for (Future<String> answer : answers) {
            assertEquals("token-1", answer.get(10, TimeUnit.SECONDS));
        }
        threads.shutdown();
        assertEquals(1, maskinporten.requests());
    }

    @Test
    void waitingThreadsShareTheRefusal() throws Exception {
        maskinporten.answer(400, "{\"error\":\"invalid_scope\",\"error_description\":\"Scope x not allowed\"}");
        maskinporten.hold();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(threads.submit(() -> cut.accessToken(SEND)));
        }
        Thread.sleep(200);
        maskinporten.release();
        for (Future<String> answer : answers) {
            var failure = assertThrows(ExecutionException.class, () -> answer.get(10, TimeUnit.SECONDS));
            assertTrue(
                    failure.getCause() instanceof MaskinportenRefused,
                    failure.getCause().toString());
        }
        threads.shutdown();
        assertTrue(maskinporten.requests() <= 4);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "invalid_scope | Scope digitalpostinnbygger:send is not allowed for this client | SCOPE_NOT_GRANTED",
                "invalid_client | Invalid client_id kurer-test-client | UNKNOWN_CLIENT",
                "invalid_grant | Invalid assertion. Client authentication failed. Invalid clientid. | UNKNOWN_CLIENT",
                "invalid_altinn_customer_configuration | Altinn could not find the system user (MP-303) | SYSTEM_USER_NOT_APPROVED",
                "invalid_grant | Invalid assertion. iat must be within 10 seconds of the server time | CLOCK_SKEW",
                "invalid_grant | Invalid assertion. Client authentication failed. The JWT is signed with an invalid certificate. | KEY_REJECTED",
                "invalid_request | Something else | OTHER"
            })
    void maskinportenErrorBecomesAProblemNamingTheCause(String error, String description, String cause) {
        maskinporten.answer(400, "{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\"}");

        MaskinportenRefused refused = assertThrows(MaskinportenRefused.class, () -> cut.accessToken(SEND));

        assertEquals(502, refused.status());
        assertEquals("urn:kurer:problem:maskinporten-refused", refused.type());
        assertTrue(
                refused.detail().startsWith("Maskinporten refused the grant: " + error + " — " + description),
                refused.detail());
        assertEquals(MaskinportenRefused.Cause.valueOf(cause), refused.refusal());
        assertEquals(error, refused.error());
        if (!"OTHER".equals(cause)) {
            assertTrue(refused.detail().endsWith("(" + refused.refusal().advice() + ")"), refused.detail());
        }
    }

    @Test
    void aRefusalIsNotCachedSoTheNextCallTriesAgain() {
        maskinporten.answer(400, "{\"error\":\"invalid_scope\",\"error_description\":\"not allowed\"}");
        assertThrows(MaskinportenRefused.class, () -> cut.accessToken(SEND));

        maskinporten.issueTokens(120);
        assertEquals("token-1", cut.accessToken(SEND));
        assertEquals(2, maskinporten.requests());
    }

    @Test
    void serverErrorIsABadGateway() {
        maskinporten.answer(500, "<html>oops</html>");

        MaskinportenUnreachable failed = assertThrows(MaskinportenUnreachable.class, () -> cut.accessToken(SEND));

        assertEquals(502, failed.status());
        assertEquals("urn:kurer:problem:maskinporten-failed", failed.type());
        assertTrue(failed.detail().contains("HTTP 500"), failed.detail());
    }

    @Test
    void successWithoutATokenIsABadGateway() {
        maskinporten.answer(200, "{\"token_type\":\"Bearer\"}");

        var failed = assertThrows(MaskinportenUnreachable.class, () -> cut.accessToken(SEND));
        assertEquals(502, failed.status());
        assertEquals("urn:kurer:problem:maskinporten-failed", failed.type());
    }

    @Test
    void unreachableMaskinportenIsServiceUnavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        config.put("maskinporten.token-endpoint", "http://localhost:" + closedPort + "/token");

        MaskinportenUnreachable unreachable = assertThrows(MaskinportenUnreachable.class, () -> cut.accessToken(SEND));

        assertEquals(503, unreachable.status());
        assertEquals("urn:kurer:problem:maskinporten-unreachable", unreachable.type());
        assertTrue(unreachable.detail().contains("connection refused"), unreachable.detail());
    }

    @Test
    void failedRenewalKeepsUsingTheCurrentTokenWhileItIsValid() {
        cut.accessToken(SEND);
        clock.advance(Duration.ofSeconds(100));
        maskinporten.answer(503, "busy");

        assertEquals("token-1", cut.accessToken(SEND));
        clock.advance(Duration.ofSeconds(16)); // 4 s left: too little to hand out
        assertEquals(
                "urn:kurer:problem:maskinporten-failed",
                assertThrows(MaskinportenUnreachable.class, () -> cut.accessToken(SEND))
                        .type());
    }

    @Test
    void missingClientIdIsNamed() {
        config.remove("maskinporten.client-id");

        var missing = assertThrows(MissingConfiguration.class, () -> cut.accessToken(SEND));

        assertEquals(503, missing.status());
        assertTrue(missing.detail().contains("'maskinporten.client-id'"), missing.detail());
        assertEquals(0, maskinporten.requests());
    }

    @Test
    void missingKeyMaterialIsNamed() {
        config.remove("maskinporten.keystore.path");

        var missing = assertThrows(MissingConfiguration.class, () -> cut.accessToken(SEND));

        assertTrue(missing.detail().contains("'maskinporten.keystore.path'"), missing.detail());
    }

    @Test
    void missingKeystorePasswordIsNamed() {
        config.remove("maskinporten.keystore.password");

        var missing = assertThrows(MissingConfiguration.class, () -> cut.accessToken(SEND));

        assertTrue(missing.detail().contains("'maskinporten.keystore.password'"), missing.detail());
    }

    @Test
    void pemKeyWithoutKidNamesTheKidKey() throws Exception {
        Path pem = Files.writeString(
                dir.resolve("key.pem"), no.kurer.sandbox.ca.control.Pem.privateKey(kurer.privateKey()));
        config.put("maskinporten.jwk.path", pem.toString());

        var missing = assertThrows(MissingConfiguration.class, () -> cut.accessToken(SEND));

        assertTrue(missing.detail().contains("'maskinporten.jwk.kid'"), missing.detail());
    }

    @Test
    void keysConfiguredAfterStartAreUsedWithoutARestart() {
        config.remove("maskinporten.client-id");
        assertThrows(MissingConfiguration.class, () -> cut.accessToken(SEND));

        config.put("maskinporten.client-id", CLIENT_ID);
        assertEquals("token-1", cut.accessToken(SEND));
    }

    @Test
    void grantsFromTheEnterpriseKeystoreCarryTheLeafFirst() throws Exception {
        JsonWebSignature header = (JsonWebSignature) JsonWebStructure.fromCompactSerialization(cut.grant(SEND));
        List<X509Certificate> chain = header.getCertificateChainHeaderValue();
        assertEquals(kurer.certificate(), chain.get(0));
        assertEquals(0, maskinporten.requests(), "building a grant sends nothing");
    }
}
