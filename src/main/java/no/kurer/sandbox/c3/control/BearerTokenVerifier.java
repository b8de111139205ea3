package no.kurer.sandbox.c3.control;

import java.security.PublicKey;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/**
 * Checks the {@code Authorization: Bearer} token of a call to corner 3: signed (RS256/384/512) by the
 * sandbox Maskinporten's key, its issuer, not expired, carrying the scope. The audience is not checked:
 * corner 2 may ask Maskinporten for a token without a {@code resource}.
 */
public class BearerTokenVerifier {

    private final PublicKey maskinportenKey;
    private final String issuer;
    private final String scope;
    private final Clock clock;

    public BearerTokenVerifier(PublicKey maskinportenKey, String issuer, String scope, Clock clock) {
        this.maskinportenKey = maskinportenKey;
        this.issuer = issuer;
        this.scope = scope;
        this.clock = clock;
    }

    /** @return the token's claims; @throws InvalidToken (401) or InsufficientScope (403) */
    public JwtClaims verify(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new InvalidToken("An Authorization: Bearer token from the sandbox Maskinporten is required.");
        }
        JwtClaims claims;
        try {
            claims = new JwtConsumerBuilder()
                    .setVerificationKey(maskinportenKey)
                    .setJwsAlgorithmConstraints(new AlgorithmConstraints(
                            ConstraintType.PERMIT,
                            AlgorithmIdentifiers.RSA_USING_SHA256,
                            AlgorithmIdentifiers.RSA_USING_SHA384,
                            AlgorithmIdentifiers.RSA_USING_SHA512))
                    .setExpectedIssuer(issuer)
                    .setRequireExpirationTime()
                    .setAllowedClockSkewInSeconds(10)
                    .setSkipDefaultAudienceValidation()
                    .setEvaluationTime(NumericDate.fromMilliseconds(clock.millis()))
                    .build()
                    .processToClaims(authorization.substring(7).trim());
        } catch (InvalidJwtException e) {
            throw new InvalidToken("The bearer token is not valid: " + reason(e));
        }
        if (!scopes(claims).contains(scope)) {
            throw new InsufficientScope(scope);
        }
        return claims;
    }

    private static List<String> scopes(JwtClaims claims) {
        try {
            String value = claims.getStringClaimValue("scope");
            return value == null ? List.of() : Arrays.asList(value.trim().split("\\s+"));
        } catch (MalformedClaimException e) {
            return List.of();
        }
    }

    private static String reason(InvalidJwtException e) {
        if (e.getErrorDetails() != null && !e.getErrorDetails().isEmpty()) {
            return e.getErrorDetails().get(0).getErrorMessage();
        }
        return "it cannot be read";
    }
}
