package no.kurer.sandbox.c3.control;

import static no.kurer.sandbox.c3.control.Fixtures.ISSUER;
import static no.kurer.sandbox.c3.control.Fixtures.MASKINPORTEN;
import static no.kurer.sandbox.c3.control.Fixtures.SCOPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import no.kurer.sandbox.maskinporten.control.MaskinportenSigningKey;
import org.junit.jupiter.api.Test;

class BearerTokenVerifierTest {

    final Clock clock = Clock.fixed(Instant.now(), ZoneOffset.UTC);
    final BearerTokenVerifier cut = new BearerTokenVerifier(MASKINPORTEN.key().getPublicKey(), ISSUER, SCOPE, clock);

    @Test
    void acceptsTheSandboxMaskinportensTokenForKurer() throws Exception {
        var claims = cut.verify("Bearer " + Fixtures.operatorToken(clock, SCOPE));

        assertEquals(
                Map.of("authority", "iso6523-actorid-upis", "ID", "0192:999888771"), claims.getClaimValue("consumer"));
    }

    @Test
    void refusesAMissingOrNonBearerHeader() {
        assertThrows(InvalidToken.class, () -> cut.verify(null));
        assertThrows(InvalidToken.class, () -> cut.verify("Basic a2luZzprb25n"));
        assertThrows(InvalidToken.class, () -> cut.verify("Bearer not.a.jwt"));
    }

    @Test
    void refusesATokenSignedByAnotherKey() {
        String forged = Fixtures.token(MaskinportenSigningKey.generate(), ISSUER, clock, SCOPE);

        assertEquals(
                401,
                assertThrows(InvalidToken.class, () -> cut.verify("Bearer " + forged))
                        .status());
    }

    @Test
    void refusesAnotherIssuer() {
        String other = Fixtures.token(MASKINPORTEN, "https://maskinporten.no/", clock, SCOPE);

        assertThrows(InvalidToken.class, () -> cut.verify("Bearer " + other));
    }

    @Test
    void refusesAnExpiredToken() {
        String old = Fixtures.token(MASKINPORTEN, ISSUER, Clock.offset(clock, Duration.ofMinutes(-10)), SCOPE);

        assertThrows(InvalidToken.class, () -> cut.verify("Bearer " + old));
    }

    @Test
    void refusesATokenWithoutTheScope() {
        String token = Fixtures.operatorToken(clock, "altinn:broker.read");

        assertEquals(
                403,
                assertThrows(InsufficientScope.class, () -> cut.verify("Bearer " + token))
                        .status());
    }
}
