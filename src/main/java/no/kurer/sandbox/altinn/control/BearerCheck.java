package no.kurer.sandbox.altinn.control;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import no.kurer.sandbox.maskinporten.control.MaskinportenSigningKey;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/**
 * Verifies a bearer token as Altinn does: a Maskinporten token from the sandbox Maskinporten, or an Altinn token from
 * the exchange ({@link TokenExchange}); both are signed with the sandbox's one token key. Anything else is 401.
 */
public class BearerCheck {

    private final JwtConsumer consumer;

    public BearerCheck(MaskinportenSigningKey key, String maskinportenIssuer, String altinnIssuer) {
        this.consumer = new JwtConsumerBuilder()
                .setVerificationKey(key.key().getPublicKey())
                .setJwsAlgorithmConstraints(
                        new AlgorithmConstraints(ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256))
                .setExpectedIssuers(true, maskinportenIssuer, altinnIssuer)
                .setRequireExpirationTime()
                .setAllowedClockSkewInSeconds(10)
                .setSkipDefaultAudienceValidation()
                .build();
    }

    /** @throws AltinnRefusal 401 when the header is missing or the token does not verify */
    public Caller caller(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new AltinnRefusal(401, null, "A bearer token is required");
        }
        try {
            JwtClaims claims =
                    consumer.processToClaims(authorization.substring(7).strip());
            Object consumerClaim = claims.getClaimValue("consumer");
            if (!(consumerClaim instanceof Map<?, ?> org)
                    || !(org.get("ID") instanceof String id)
                    || !id.startsWith("0192:")) {
                throw new AltinnRefusal(401, null, "The token has no consumer organisation");
            }
            String scope = claims.getStringClaimValue("scope");
            Set<String> scopes = scope == null
                    ? Set.of()
                    : new HashSet<>(Arrays.asList(scope.trim().split("\\s+")));
            return new Caller(id.substring(5), scopes, claims);
        } catch (InvalidJwtException e) {
            throw new AltinnRefusal(401, null, "Invalid token: " + e.getOriginalMessage());
        } catch (MalformedClaimException e) {
            throw new AltinnRefusal(401, null, "Invalid token: " + e.getMessage());
        }
    }
}
