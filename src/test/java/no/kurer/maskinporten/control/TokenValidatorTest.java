package no.kurer.maskinporten.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.kurer.DigdirFiles;
import no.kurer.maskinporten.entity.AuthorizationDetail;
import no.kurer.maskinporten.entity.MaskinportenToken;
import no.kurer.maskinporten.entity.Organisation;
import org.jose4j.base64url.Base64Url;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenValidatorTest {

    static final String ISSUER = "https://maskinporten.no/";
    static final String AUDIENCE = "https://kurer.example/dpi";
    static final String SCOPE = "digitalpostinnbygger:send";
    static final Instant NOW = Instant.parse("2025-05-01T10:00:00Z");

    private static RsaJsonWebKey maskinporten;
    private static RsaJsonWebKey rotated;
    private static RsaJsonWebKey stranger;
    private static EllipticCurveJsonWebKey ecKey;

    private JwksServer jwks;
    private TestClock clock;
    private TokenValidator cut;

    @BeforeAll
    static void keys() throws Exception {
        maskinporten = rsa("mp-1");
        rotated = rsa("mp-2");
        stranger = rsa("mp-1");
        ecKey = EcJwkGenerator.generateJwk(EllipticCurves.P256);
        ecKey.setKeyId("mp-ec");
    }

    private static RsaJsonWebKey rsa(String kid) throws Exception {
        RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
        key.setKeyId(kid);
        return key;
    }

    @BeforeEach
    void start() throws Exception {
        jwks = new JwksServer(maskinporten, ecKey);
        clock = new TestClock(NOW);
        cut = new TokenValidator(
                ISSUER, new JwksCache(jwks.uri(), Duration.ofSeconds(10), clock), Duration.ofSeconds(30), clock);
    }

    @AfterEach
    void stop() {
        jwks.close();
    }

    static JwtClaims claims() {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setStringClaim("client_id", "2f1b7a4e-client");
        claims.setStringClaim("client_amr", "virksomhetssertifikat");
        claims.setStringClaim("token_type", "Bearer");
        claims.setClaim("consumer", Map.of("authority", "iso6523-actorid-upis", "ID", "0192:991825827"));
        claims.setStringClaim("scope", "other:scope " + SCOPE);
        claims.setIssuedAt(NumericDate.fromSeconds(NOW.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(NOW.getEpochSecond() + 120));
        claims.setJwtId(UUID.randomUUID().toString());
        return claims;
    }

    static String sign(JwtClaims claims, RsaJsonWebKey key) throws Exception {
        return sign(claims, key, AlgorithmIdentifiers.RSA_USING_SHA256);
    }

    static String sign(JwtClaims claims, RsaJsonWebKey key, String algorithm) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(algorithm);
        return jws.getCompactSerialization();
    }

    private MaskinportenToken validate(String token) {
        return cut.validate("Bearer " + token, AUDIENCE, SCOPE);
    }

    /** A 401 with the RFC 6750 header, a detail naming the fault, and neither the token nor a Java class in it. */
    private InvalidToken assertInvalid(String header, String expectedDetail) {
        InvalidToken refused = assertThrows(InvalidToken.class, () -> cut.validate(header, AUDIENCE, SCOPE));
        assertEquals(401, refused.status());
        assertEquals(expectedDetail, refused.detail());
        String challenge = refused.headers().get("WWW-Authenticate");
        assertTrue(challenge.startsWith("Bearer error=\"invalid_token\", error_description=\""), challenge);
        assertTrue(challenge.contains(expectedDetail), challenge);
        if (header != null && header.length() > 20) {
            String token = header.substring("Bearer ".length());
            assertFalse(refused.detail().contains(token.substring(0, 12)), "detail echoes the token");
        }
        assertFalse(refused.detail().matches("(?s).*(Exception|java\\.|org\\.jose4j).*"), refused.detail());
        return refused;
    }

    private void assertInvalidToken(String token, String expectedDetail) {
        assertInvalid("Bearer " + token, expectedDetail);
    }

    @Test
    void validTokenExposesConsumerSupplierScopesAndTimes() throws Exception {
        JwtClaims claims = claims();
        claims.setClaim("supplier", Map.of("authority", "iso6523-actorid-upis", "ID", "0192:922017433"));
        String token = sign(claims, maskinporten);

        MaskinportenToken accepted = validate(token);

        assertEquals(token, accepted.raw());
        assertEquals(ISSUER, accepted.issuer());
        assertEquals("2f1b7a4e-client", accepted.clientId());
        assertEquals(Organisation.ofOrgno("991825827"), accepted.consumer());
        assertEquals(Organisation.ofOrgno("922017433"), accepted.supplier());
        assertEquals(Organisation.ofOrgno("922017433"), accepted.actingOrganisation());
        assertEquals(Set.of(SCOPE, "other:scope"), accepted.scopes());
        assertEquals(NOW, accepted.issuedAt());
        assertEquals(NOW.plusSeconds(120), accepted.expiresAt());
        assertTrue(accepted.authorizationDetails().isEmpty());
    }

    @Test
    void tokenWithoutSupplierIsTheConsumerSendingForItself() throws Exception {
        MaskinportenToken accepted = validate(sign(claims(), maskinporten));
        assertNull(accepted.supplier());
        assertEquals(Organisation.ofOrgno("991825827"), accepted.actingOrganisation());
    }

    @ParameterizedTest
    @ValueSource(strings = {AlgorithmIdentifiers.RSA_USING_SHA384, AlgorithmIdentifiers.RSA_USING_SHA512})
    void rs384AndRs512WithAnAudienceArrayAreAccepted(String algorithm) throws Exception {
        JwtClaims claims = claims();
        claims.setAudience("https://someone.else/", AUDIENCE);
        String token = sign(claims, maskinporten, algorithm);
        assertEquals(token, validate(token).raw());
    }

    @Test
    void bearerSchemeIsCaseInsensitive() throws Exception {
        String token = sign(claims(), maskinporten);
        assertEquals(token, cut.validate("bearer " + token, AUDIENCE, SCOPE).raw());
        assertEquals(token, cut.validate("BEARER " + token, AUDIENCE, SCOPE).raw());
    }

    @Test
    void digdirExampleTokenShapeIsRead() throws Exception {
        Path example = DigdirFiles.examples().resolve("maskinportentoken_budnad_sample.json");
        JwtClaims claims = JwtClaims.parse(Files.readString(example));
        // the example writes iat/exp as strings; real tokens carry NumericDates
        claims.setIssuedAt(NumericDate.fromSeconds(NOW.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(NOW.getEpochSecond() + 30));
        TokenValidator digdir = new TokenValidator(
                claims.getIssuer(),
                new JwksCache(jwks.uri(), Duration.ofSeconds(10), clock),
                Duration.ofSeconds(30),
                clock);

        MaskinportenToken accepted = digdir.validate(
                "Bearer " + sign(claims, maskinporten), claims.getAudience().get(0), "digitalpostinnbygger:send");

        assertEquals(Organisation.ofOrgno("972417866"), accepted.consumer());
        assertEquals(Organisation.ofOrgno("922017433"), accepted.supplier());
    }

    @Test
    void algNoneIsRefused() throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims().toJson());
        jws.setKeyIdHeaderValue(maskinporten.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        assertInvalidToken(jws.getCompactSerialization(), "token must be signed with RS256, RS384 or RS512");
    }

    @Test
    void hs256WithThePublicKeyAsSecretIsRefused() throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims().toJson());
        jws.setKeyIdHeaderValue(maskinporten.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKey(new HmacKey(maskinporten.getPublicKey().getEncoded()));
        assertInvalidToken(jws.getCompactSerialization(), "token must be signed with RS256, RS384 or RS512");
        assertEquals(0, jwks.fetches());
    }

    @Test
    void ps256WithThePublishedRsaKeyIsRefused() throws Exception {
        assertInvalidToken(
                sign(claims(), maskinporten, AlgorithmIdentifiers.RSA_PSS_USING_SHA256),
                "token must be signed with RS256, RS384 or RS512");
    }

    @Test
    void es256WithAPublishedEcKeyIsRefused() throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims().toJson());
        jws.setKeyIdHeaderValue(ecKey.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        jws.setKey(ecKey.getPrivateKey());
        assertInvalidToken(jws.getCompactSerialization(), "token must be signed with RS256, RS384 or RS512");
    }

    @Test
    void rs256HeaderNamingTheEcKeyIsRefused() throws Exception {
        JwtClaims claims = claims();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKeyIdHeaderValue(ecKey.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKey(maskinporten.getPrivateKey());
        assertInvalidToken(jws.getCompactSerialization(), "token kid does not name an RSA key");
    }

    @Test
    void signatureByAnotherKeyWithTheSameKidIsRefused() throws Exception {
        assertInvalidToken(sign(claims(), stranger), "token signature is invalid");
    }

    @Test
    void alteredPayloadIsRefused() throws Exception {
        assertInvalidToken(withForgedConsumer(sign(claims(), maskinporten)), "token signature is invalid");
    }

    @Test
    void expiredTokenIsRefused() throws Exception {
        String token = sign(claims(), maskinporten);
        clock.advance(Duration.ofSeconds(120 + 30));
        assertInvalidToken(token, "token expired");
    }

    @Test
    void tokenJustExpiredIsAcceptedWithinTheClockSkew() throws Exception {
        String token = sign(claims(), maskinporten);
        clock.advance(Duration.ofSeconds(120 + 29));
        assertEquals(token, validate(token).raw());
    }

    @Test
    void tokenWithoutExpiryIsRefused() throws Exception {
        JwtClaims claims = claims();
        claims.unsetClaim("exp");
        assertInvalidToken(sign(claims, maskinporten), "token has no exp");
    }

    @Test
    void expiryAsStringIsRefused() throws Exception {
        JwtClaims claims = claims();
        claims.setStringClaim("exp", String.valueOf(NOW.getEpochSecond() + 120));
        assertInvalidToken(sign(claims, maskinporten), "token has a claim of the wrong type");
    }

    @Test
    void tokenIssuedInTheFutureIsRefused() throws Exception {
        JwtClaims claims = claims();
        claims.setIssuedAt(NumericDate.fromSeconds(NOW.getEpochSecond() + 31));
        claims.setExpirationTime(NumericDate.fromSeconds(NOW.getEpochSecond() + 151));
        assertInvalidToken(sign(claims, maskinporten), "token issued in the future");
    }

    @Test
    void tokenNotValidBeforeALaterTimeIsRefused() throws Exception {
        JwtClaims claims = claims();
        claims.setNotBefore(NumericDate.fromSeconds(NOW.getEpochSecond() + 60));
        assertInvalidToken(sign(claims, maskinporten), "token not valid yet");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://maskinporten.no", "https://test.maskinporten.no/", "https://evil.example/"})
    void wrongIssuerIsRefused(String issuer) throws Exception {
        JwtClaims claims = claims();
        claims.setIssuer(issuer);
        assertInvalidToken(sign(claims, maskinporten), "wrong issuer");
    }

    @Test
    void wrongAudienceIsRefused() throws Exception {
        JwtClaims claims = claims();
        claims.setAudience("https://other-c2.example/dpi", "unspecified");
        assertInvalidToken(sign(claims, maskinporten), "wrong audience");
    }

    @Test
    void missingAudienceIsRefusedWhenTheAudienceIsRequired() throws Exception {
        JwtClaims claims = claims();
        claims.unsetClaim("aud");
        assertInvalidToken(sign(claims, maskinporten), "token has no audience");
    }

    @Test
    void aTokenWithoutAudienceLikeDigdirsClientsIsAcceptedUnlessTheAudienceIsRequired() throws Exception {
        JwtClaims claims = claims();
        claims.unsetClaim("aud");
        String token = sign(claims, maskinporten);

        assertEquals(
                token, cut.validate("Bearer " + token, AUDIENCE, false, SCOPE).raw());
        InvalidToken strict =
                assertThrows(InvalidToken.class, () -> cut.validate("Bearer " + token, AUDIENCE, true, SCOPE));
        assertEquals("token has no audience", strict.detail());
    }

    @Test
    void aWrongAudienceIsRefusedEvenWhenTheAudienceIsNotRequired() throws Exception {
        JwtClaims claims = claims();
        claims.setAudience("https://other-c2.example/dpi");
        String token = sign(claims, maskinporten);

        InvalidToken refused =
                assertThrows(InvalidToken.class, () -> cut.validate("Bearer " + token, AUDIENCE, false, SCOPE));
        assertEquals("wrong audience", refused.detail());
    }

    @Test
    void missingScopeIsForbiddenNotUnauthorized() throws Exception {
        JwtClaims claims = claims();
        claims.setStringClaim("scope", "digitalpostinnbygger:sendx other:scope");
        String token = sign(claims, maskinporten);

        InsufficientScope refused = assertThrows(InsufficientScope.class, () -> validate(token));

        assertEquals(403, refused.status());
        assertEquals(
                "Bearer error=\"insufficient_scope\", scope=\"" + SCOPE + "\"",
                refused.headers().get("WWW-Authenticate"));
        assertTrue(refused.detail().contains(SCOPE));
    }

    @Test
    void missingConsumerIsRefused() throws Exception {
        JwtClaims claims = claims();
        claims.unsetClaim("consumer");
        assertInvalidToken(sign(claims, maskinporten), "token has no consumer");
    }

    @Test
    void consumerWithoutIdIsRefused() throws Exception {
        JwtClaims claims = claims();
        claims.setClaim("consumer", Map.of("authority", "iso6523-actorid-upis"));
        assertInvalidToken(sign(claims, maskinporten), "token claim 'consumer' is not an organisation {authority, ID}");
    }

    @Test
    void unknownKidRefreshesTheJwksOnceThenIsRefused() throws Exception {
        validate(sign(claims(), maskinporten));
        assertEquals(1, jwks.fetches());
        clock.advance(Duration.ofSeconds(10));

        String unknown = sign(claims(), rsa("not-published"));
        assertInvalidToken(unknown, "token is signed with an unknown key");
        assertEquals(2, jwks.fetches());
        assertInvalidToken(unknown, "token is signed with an unknown key");
        assertEquals(2, jwks.fetches());
    }

    @Test
    void thousandRandomKidsFromSixteenThreadsCauseOneRefresh() throws Exception {
        validate(sign(claims(), maskinporten));
        clock.advance(Duration.ofSeconds(10));
        List<String> forged = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload("{}");
            jws.setKeyIdHeaderValue(UUID.randomUUID().toString());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setKey(stranger.getPrivateKey());
            forged.add(jws.getCompactSerialization());
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (String token : forged) {
                statuses.add(pool.submit(() ->
                        assertThrows(InvalidToken.class, () -> validate(token)).status()));
            }
            for (Future<Integer> status : statuses) {
                assertEquals(401, status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(jwks.fetches() <= 2, "JWKS fetched " + jwks.fetches() + " times");
    }

    @Test
    void rotatedKeyIsAcceptedAfterOneRefresh() throws Exception {
        validate(sign(claims(), maskinporten));
        jwks.publish(maskinporten, rotated);
        clock.advance(Duration.ofSeconds(10));
        JwtClaims claims = claims();
        claims.setIssuedAt(NumericDate.fromSeconds(clock.instant().getEpochSecond()));

        assertEquals(
                Organisation.ofOrgno("991825827"),
                validate(sign(claims, rotated)).consumer());
        assertEquals(2, jwks.fetches());
    }

    @Test
    void oversizedHeaderIsRefusedBeforeAnyParsing() throws Exception {
        JwtClaims claims = claims();
        claims.setStringClaim("padding", "x".repeat(TokenValidator.MAX_HEADER_LENGTH));
        String huge = sign(claims, maskinporten);
        assertInvalidToken(huge, "authorization header is larger than 16 KiB");
        assertEquals(0, jwks.fetches(), "the JWKS must not be contacted for an oversized header");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "Bearer",
                "Bearer ",
                "Basic dXNlcjpwYXNzd29yZA==",
                "Bearer two tokens",
                "Token eyJhbGciOiJSUzI1NiJ9.e30.c2ln",
                "Bearer\teyJhbGciOiJSUzI1NiJ9.e30.c2ln",
                "Bearer \"quoted\""
            })
    void headerThatIsNotABearerTokenIsRefused(String header) {
        InvalidToken refused = assertThrows(InvalidToken.class, () -> cut.validate(header, AUDIENCE, SCOPE));
        assertEquals(401, refused.status());
        assertTrue(refused.headers().get("WWW-Authenticate").startsWith("Bearer error=\"invalid_token\""));
    }

    @Test
    void theBearerTokenIsTheB64TokenAfterTheScheme() {
        assertEquals("a.b-c_d~e+f/g==", TokenValidator.token68("Bearer a.b-c_d~e+f/g=="));
        assertEquals("abc", TokenValidator.token68("BEARER   abc"));
        assertEquals(null, TokenValidator.token68("Bearerabc"));
        assertEquals(null, TokenValidator.token68("Bearer abc=x"));
        assertEquals(null, TokenValidator.token68("Bearer =="));
        assertEquals(null, TokenValidator.token68("Bearer abc def"));
        assertEquals(null, TokenValidator.token68("Bear abc"));
    }

    @Test
    void missingHeaderIsRefusedWithInvalidToken() {
        assertInvalid(null, "no bearer token");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "garbage",
                "a.b.c",
                "a.b",
                "eyJhbGciOiJSUzI1NiJ9.e30",
                "eyJhbGciOiJSUzI1NiJ9..",
                "eyJhbGciOjV9.e30.c2ln",
                "eyJhbGciOiJSUzI1NiIsImtpZCI6WzFdfQ.e30.c2ln",
                "W10.e30.c2ln",
                "eyJhbGciOiJSUzI1NiJ9.e30.c2ln.more.parts",
                "e30.e30.c2ln"
            })
    void malformedTokenIsRefused(String token) {
        InvalidToken refused = assertThrows(InvalidToken.class, () -> validate(token));
        assertEquals(401, refused.status());
        assertFalse(refused.detail().matches("(?s).*(Exception|java\\.|org\\.jose4j).*"), refused.detail());
    }

    @Test
    void signedPayloadThatIsNotJsonIsRefused() throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload("not json at all");
        jws.setKeyIdHeaderValue(maskinporten.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKey(maskinporten.getPrivateKey());
        assertInvalidToken(jws.getCompactSerialization(), "token signature or payload is invalid");
    }

    @Test
    void systemUserAuthorizationDetailsAreExposed() throws Exception {
        JwtClaims claims = claims();
        claims.setClaim(
                "authorization_details",
                List.of(Map.of(
                        "type",
                        "urn:altinn:systemuser",
                        "systemuser_id",
                        List.of("a_unique_identifier_for_the_systemuser"),
                        "systemuser_org",
                        Map.of("authority", "iso6523-actorid-upis", "ID", "0192:999888777"),
                        "system_id",
                        "a_unique_identifier_for_the_system")));

        MaskinportenToken accepted = validate(sign(claims, maskinporten));

        List<AuthorizationDetail> details = accepted.authorizationDetails(AuthorizationDetail.SYSTEM_USER);
        assertEquals(1, details.size());
        Map<String, Object> systemUser = details.get(0).claims();
        assertEquals(List.of("a_unique_identifier_for_the_systemuser"), systemUser.get("systemuser_id"));
        assertEquals(
                Map.of("authority", "iso6523-actorid-upis", "ID", "0192:999888777"), systemUser.get("systemuser_org"));
        assertEquals("a_unique_identifier_for_the_system", systemUser.get("system_id"));
        assertFalse(systemUser.containsKey("type"));
        assertThrows(
                UnsupportedOperationException.class,
                () -> ((List<Object>) systemUser.get("systemuser_id")).add("another"));
    }

    @Test
    void samtykkeAuthorizationDetailsAreExposed() throws Exception {
        JwtClaims claims = claims();
        claims.setClaim("delegation_source", "https://altinn.no");
        claims.setClaim(
                "authorization_details",
                List.of(
                        Map.of(
                                "type",
                                "urn:altinn:samtykke",
                                "service_code",
                                4629,
                                "service_edition",
                                2,
                                "year",
                                2016,
                                "consent_id",
                                "c7dbe642-0fc1-4c3b-8959-8a92e3e1f17d",
                                "OfferedBy",
                                "11025802170",
                                "CoveredBy",
                                "910514458",
                                "DelegatedDate",
                                1503855661,
                                "ValidToDate",
                                1506760200),
                        Map.of(
                                "type",
                                "urn:altinn:samtykke",
                                "service_code",
                                4630,
                                "service_edition",
                                2,
                                "from",
                                "2017-06",
                                "to",
                                "2017-08",
                                "consent_id",
                                "c7dbe642-0fc1-4c3b-8959-8a92e3e1f17d",
                                "OfferedBy",
                                "11025802170",
                                "CoveredBy",
                                "910514458",
                                "DelegatedDate",
                                1503855661,
                                "ValidToDate",
                                1506760200),
                        Map.of("type", "urn:example:other", "note", "kept as well")));

        MaskinportenToken accepted = validate(sign(claims, maskinporten));

        assertEquals(3, accepted.authorizationDetails().size());
        List<AuthorizationDetail> consents = accepted.authorizationDetails(AuthorizationDetail.SAMTYKKE);
        assertEquals(2, consents.size());
        assertEquals(4629L, ((Number) consents.get(0).claims().get("service_code")).longValue());
        assertEquals("11025802170", consents.get(0).claims().get("OfferedBy"));
        assertEquals(1506760200L, ((Number) consents.get(0).claims().get("ValidToDate")).longValue());
        assertEquals("2017-06", consents.get(1).claims().get("from"));
        assertEquals(
                "kept as well",
                accepted.authorizationDetails("urn:example:other")
                        .get(0)
                        .claims()
                        .get("note"));
    }

    @Test
    void authorizationDetailWithoutTypeIsRefused() throws Exception {
        JwtClaims claims = claims();
        claims.setClaim("authorization_details", List.of(Map.of("system_id", "x")));
        assertInvalidToken(
                sign(claims, maskinporten), "token claim 'authorization_details' has an entry without a type");
    }

    // A sender's later requests with the same token skip the signature (VerifiedTokens); every other rule still holds.

    @Test
    void aTokenIsAcceptedForEveryRequestUntilItExpires() throws Exception {
        JwtClaims claims = claims();
        claims.setClaim("supplier", Map.of("authority", "iso6523-actorid-upis", "ID", "0192:922017433"));
        String token = sign(claims, maskinporten);
        MaskinportenToken first = validate(token);

        clock.advance(Duration.ofSeconds(100));
        MaskinportenToken later = validate(token);

        assertEquals(first, later);
        assertEquals(Organisation.ofOrgno("922017433"), later.supplier());
    }

    @Test
    void aTokenVerifiedOnceIsRefusedOnceItExpires() throws Exception {
        String token = sign(claims(), maskinporten);
        validate(token);

        clock.advance(Duration.ofSeconds(120 + 30));

        assertInvalidToken(token, "token expired");
    }

    @Test
    void aTokenVerifiedOnceIsStillCheckedForAudienceAndScope() throws Exception {
        String token = sign(claims(), maskinporten);
        validate(token);

        assertThrows(InvalidToken.class, () -> cut.validate("Bearer " + token, "https://someone.else/", SCOPE));
        assertThrows(InsufficientScope.class, () -> cut.validate("Bearer " + token, AUDIENCE, "other:missing"));
    }

    @Test
    void aTokenVerifiedOnceDoesNotVouchForAnAlteredCopy() throws Exception {
        String token = sign(claims(), maskinporten);
        validate(token);

        assertInvalidToken(withForgedConsumer(token), "token signature is invalid");
    }

    /** {@code token} with another consumer in its payload, and its header and signature as they were. */
    private static String withForgedConsumer(String token) {
        String[] parts = token.split("\\.");
        JwtClaims forged = claims();
        forged.setClaim("consumer", Map.of("authority", "iso6523-actorid-upis", "ID", "0192:889640782"));
        String payload = Base64Url.encodeUtf8ByteRepresentation(forged.toJson());
        return parts[0] + "." + payload + "." + parts[2];
    }

    @Test
    void verifiedTokensStayBoundedWhateverArrives() throws Exception {
        VerifiedTokens tokens = new VerifiedTokens(100);
        JwtClaims claims = claims();
        for (int i = 0; i < 1_000; i++) {
            tokens.add("token-" + i, claims, NOW.plusSeconds(60), NOW);
        }
        assertTrue(tokens.size() <= 100, "kept " + tokens.size());
        assertEquals(claims, tokens.claims("token-999", NOW));
        assertNull(tokens.claims("token-999", NOW.plusSeconds(60)));
    }
}
