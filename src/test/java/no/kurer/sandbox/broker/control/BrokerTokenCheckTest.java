package no.kurer.sandbox.broker.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

class BrokerTokenCheckTest {

    static final String ISSUER = "http://localhost/sandbox/maskinporten/";
    final KeyPair key = keyPair();
    final BrokerTokenCheck cut = new BrokerTokenCheck(key.getPublic(), ISSUER, Clock.systemUTC());

    @Test
    void theSystemUsersOrganisationWinsOverTheConsumer() throws Exception {
        JwtClaims claims = claims();
        claims.setClaim(
                "authorization_details",
                List.of(Map.of(
                        "type",
                        "urn:altinn:systemuser",
                        "systemuser_org",
                        Map.of("authority", "iso6523-actorid-upis", "ID", "0192:910753614"),
                        "externalRef",
                        "x")));
        Caller caller = cut.caller("Bearer " + sign(claims));
        assertEquals("910753614", caller.orgno());
        caller.require(Caller.READ);
    }

    @Test
    void aPlainSandboxTokenStandsForItsConsumerUntilSystemUserTokensExist() throws Exception {
        assertEquals("999888771", cut.caller("Bearer " + sign(claims())).orgno());
    }

    @Test
    void refusesNoTokenAForeignKeyAndAMissingScope() throws Exception {
        assertEquals(
                401, assertThrows(BrokerRefusal.class, () -> cut.caller(null)).status());
        BrokerTokenCheck other = new BrokerTokenCheck(keyPair().getPublic(), ISSUER, Clock.systemUTC());
        String token = sign(claims());
        assertEquals(
                401,
                assertThrows(BrokerRefusal.class, () -> other.caller("Bearer " + token))
                        .status());
        JwtClaims readOnly = claims();
        readOnly.setClaim("scope", "altinn:broker.read");
        Caller reader = cut.caller("Bearer " + sign(readOnly));
        assertEquals(
                403,
                assertThrows(BrokerRefusal.class, () -> reader.require(Caller.WRITE))
                        .status());
    }

    private static JwtClaims claims() {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setExpirationTimeMinutesInTheFuture(2);
        claims.setIssuedAtToNow();
        claims.setClaim("scope", "altinn:broker.write altinn:broker.read");
        claims.setClaim("consumer", Map.of("authority", "iso6523-actorid-upis", "ID", "0192:999888771"));
        return claims;
    }

    private String sign(JwtClaims claims) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKey(key.getPrivate());
        return jws.getCompactSerialization();
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
