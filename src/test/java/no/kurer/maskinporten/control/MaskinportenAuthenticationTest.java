package no.kurer.maskinporten.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.kurer.configuration.MissingConfiguration;
import no.kurer.configuration.Settings;
import no.kurer.maskinporten.entity.Organisation;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

class MaskinportenAuthenticationTest {

    final Map<String, String> config = new HashMap<>();

    MaskinportenAuthentication authentication(String issuer, String jwksUri) {
        config.put("maskinporten.issuer", issuer);
        config.put("maskinporten.jwks-uri", jwksUri);
        return new MaskinportenAuthentication(
                new MaskinportenSettings(new Settings(key -> Optional.ofNullable(config.get(key)))));
    }

    @Test
    void blankIssuerIsMissingConfiguration() {
        var cut = authentication(" ", "https://maskinporten.no/jwk");
        MissingConfiguration missing =
                assertThrows(MissingConfiguration.class, () -> cut.authenticate("Bearer a.b.c", "aud", true, "scope"));
        assertEquals(503, missing.status());
        assertTrue(missing.detail().contains("maskinporten.issuer"), missing.detail());
    }

    @Test
    void blankJwksUriIsMissingConfiguration() {
        var cut = authentication("https://maskinporten.no/", "");
        MissingConfiguration missing =
                assertThrows(MissingConfiguration.class, () -> cut.authenticate("Bearer a.b.c", "aud", true, "scope"));
        assertTrue(missing.detail().contains("maskinporten.jwks-uri"), missing.detail());
    }

    @Test
    void validatesAgainstTheConfiguredIssuerAndJwks() throws Exception {
        RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
        key.setKeyId("live");
        try (JwksServer jwks = new JwksServer(key)) {
            var cut = authentication("https://test.maskinporten.no/", jwks.uri().toString());

            var token = cut.authenticate(
                    bearer(key, "https://test.maskinporten.no/"),
                    TokenValidatorTest.AUDIENCE,
                    true,
                    TokenValidatorTest.SCOPE);

            assertEquals(Organisation.ofOrgno("991825827"), token.consumer());
            assertThrows(InvalidToken.class, () -> cut.authenticate(null, TokenValidatorTest.AUDIENCE, true, "x"));
        }
    }

    @Test
    void aChangedIssuerAppliesAtOnce() throws Exception {
        RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
        key.setKeyId("live");
        try (JwksServer jwks = new JwksServer(key)) {
            var cut = authentication("https://test.maskinporten.no/", jwks.uri().toString());
            String header = bearer(key, "https://test.maskinporten.no/");
            cut.authenticate(header, TokenValidatorTest.AUDIENCE, true, TokenValidatorTest.SCOPE);

            config.put("maskinporten.issuer", "https://maskinporten.no/");

            assertThrows(
                    InvalidToken.class,
                    () -> cut.authenticate(header, TokenValidatorTest.AUDIENCE, true, TokenValidatorTest.SCOPE));
        }
    }

    /** A valid token from {@code issuer}, signed with {@code key}, as an {@code Authorization} header. */
    static String bearer(RsaJsonWebKey key, String issuer) throws Exception {
        JwtClaims claims = TokenValidatorTest.claims();
        claims.setIssuer(issuer);
        claims.setIssuedAt(NumericDate.fromSeconds(Instant.now().getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().getEpochSecond() + 120));
        return "Bearer " + TokenValidatorTest.sign(claims, key);
    }
}
