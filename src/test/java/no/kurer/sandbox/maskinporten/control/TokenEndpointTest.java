package no.kurer.sandbox.maskinporten.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import no.kurer.sandbox.ca.control.SandboxCertificateAuthority;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenEndpointTest {

    static final String ISSUER = "http://localhost:8080/sandbox/maskinporten/";
    static final String SCOPE = "digitalpostinnbygger:send";
    static final String C2 = "https://c2.example/";

    @TempDir
    static Path dir;

    static SandboxCertificateAuthority ca;
    static EnterpriseIdentity sender;
    static MaskinportenSigningKey key;

    final Clock clock = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    final TokenEndpoint cut = new TokenEndpoint(ISSUER, ca.certificate(), key, List.of(SCOPE), clock);

    @BeforeAll
    static void setUp() {
        ca = new SandboxCertificateAuthority(dir);
        sender = ca.issue("991825827", "Digdir");
        key = MaskinportenSigningKey.generate();
    }

    GrantFactory grant() {
        return new GrantFactory(sender, ISSUER, clock).scope(SCOPE).resource(C2);
    }

    TokenRefused refused(GrantFactory grant) {
        return assertThrows(TokenRefused.class, () -> cut.token(TokenEndpoint.JWT_BEARER, grant.sign()));
    }

    @Test
    void validGrantGivesTokenThatVerifiesAgainstPublishedJwk() throws Exception {
        TokenResponse response = cut.token(TokenEndpoint.JWT_BEARER, grant().sign());

        assertEquals(120, response.expiresIn());
        assertEquals(SCOPE, response.scope());
        var jwks = new JsonWebKeySet(key.publicJwks());
        assertFalse(key.publicJwks().contains("\"d\""), "the JWKS must not show the private key");
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(jwks.getJsonWebKeys()))
                .setExpectedIssuer(ISSUER)
                .setExpectedAudience(C2)
                .setEvaluationTime(
                        org.jose4j.jwt.NumericDate.fromSeconds(clock.instant().getEpochSecond()))
                .build()
                .processToClaims(response.accessToken());
        assertEquals(
                Map.of("authority", "iso6523-actorid-upis", "ID", "0192:991825827"), claims.getClaimValue("consumer"));
        assertFalse(claims.hasClaim("supplier"));
        assertEquals("sandbox-991825827", claims.getClaimValue("client_id"));
        assertEquals("virksomhetssertifikat", claims.getClaimValue("client_amr"));
        assertEquals(SCOPE, claims.getClaimValue("scope"));
        assertEquals("Bearer", claims.getClaimValue("token_type"));
        assertEquals(
                claims.getIssuedAt().getValue() + 120,
                claims.getExpirationTime().getValue());
    }

    @Test
    void consumerOrgMakesCertificateHolderTheSupplier() throws Exception {
        TokenResponse response = cut.token(
                TokenEndpoint.JWT_BEARER, grant().consumerOrg("910076787").sign());

        JwtClaims claims = JwtClaims.parse(new String(
                java.util.Base64.getUrlDecoder().decode(response.accessToken().split("\\.")[1])));
        assertEquals("0192:910076787", ((Map<?, ?>) claims.getClaimValue("consumer")).get("ID"));
        assertEquals("0192:991825827", ((Map<?, ?>) claims.getClaimValue("supplier")).get("ID"));
    }

    @Test
    void refusesWrongAudience() {
        assertEquals(
                "invalid_grant",
                refused(grant().claim("aud", "https://maskinporten.no/")).error());
    }

    @Test
    void refusesReusedJti() {
        String once = grant().claim("jti", "same").sign();
        cut.token(TokenEndpoint.JWT_BEARER, once);

        var refusal = assertThrows(
                TokenRefused.class,
                () -> cut.token(
                        TokenEndpoint.JWT_BEARER, grant().claim("jti", "same").sign()));

        assertEquals("invalid_grant", refusal.error());
        assertTrue(refusal.description().contains("jti"));
    }

    @Test
    void refusesExpiredGrant() {
        Instant past = clock.instant().minusSeconds(8);
        assertEquals(
                "invalid_grant",
                refused(grant().claim("iat", past).claim("exp", past.plusSeconds(5)))
                        .error());
    }

    @Test
    void refusesGrantLivingLongerThan120Seconds() {
        assertEquals(
                "invalid_grant",
                refused(grant().claim("exp", clock.instant().plusSeconds(121))).error());
    }

    @Test
    void refusesIatOutsideTenSeconds() {
        Instant future = clock.instant().plus(Duration.ofSeconds(11));
        var refusal = refused(grant().claim("iat", future).claim("exp", future.plusSeconds(60)));
        assertTrue(refusal.description().contains("iat"), refusal.description());
    }

    @Test
    void refusesCertificateFromForeignCa() {
        var foreign = new SandboxCertificateAuthority(dir.resolve("foreign")).issue("991825827", "Impostor");
        var refusal = refused(new GrantFactory(foreign, ISSUER, clock).scope(SCOPE));
        assertEquals("invalid_grant", refusal.error());
    }

    @Test
    void refusesHs256() {
        var hmac = new SecretKeySpec(new byte[32], "HmacSHA256");
        var refusal = refused(grant().algorithm("HS256").signingKey(hmac));
        assertEquals("invalid_grant", refusal.error());
        assertTrue(refusal.description().contains("HS256"));
    }

    @Test
    void refusesSignatureByAnotherKeyThanTheCertificate() {
        var other = ca.issue("991825827", "Digdir");
        assertEquals(
                "invalid_grant", refused(grant().signingKey(other.privateKey())).error());
    }

    @Test
    void refusesScopeNotAllowed() {
        assertEquals(
                "invalid_scope",
                refused(grant().scope(SCOPE + " altinn:broker.read")).error());
    }

    @Test
    void refusesOtherGrantTypes() {
        var refusal = assertThrows(TokenRefused.class, () -> cut.token("client_credentials", grant().sign()));
        assertEquals("unsupported_grant_type", refusal.error());
    }

    @Test
    void refusesMissingAssertion() {
        assertEquals(
                "invalid_request",
                assertThrows(TokenRefused.class, () -> cut.token(TokenEndpoint.JWT_BEARER, null))
                        .error());
    }

    @Test
    void signingKeySurvivesReload(@TempDir Path keys) {
        var created = MaskinportenSigningKey.loadOrCreate(keys);
        var loaded = MaskinportenSigningKey.loadOrCreate(keys);
        assertEquals(created.key().getKeyId(), loaded.key().getKeyId());
        assertEquals(created.publicJwks(), loaded.publicJwks());
    }
}
