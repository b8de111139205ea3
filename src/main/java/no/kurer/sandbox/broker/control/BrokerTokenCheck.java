package no.kurer.sandbox.broker.control;

import java.security.PublicKey;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/**
 * The broker's token check in the sandbox: a token of the sandbox Maskinporten (RS256/384/512, its issuer, not
 * expired). The caller's organisation is the system user's ({@code authorization_details[].systemuser_org.ID}, type
 * {@code urn:altinn:systemuser}) when the token carries one; until the sandbox Maskinporten issues system user tokens,
 * a plain token's {@code consumer} stands for it.
 */
public class BrokerTokenCheck {

    private final PublicKey key;
    private final String issuer;
    private final Clock clock;

    public BrokerTokenCheck(PublicKey key, String issuer, Clock clock) {
        this.key = key;
        this.issuer = issuer;
        this.clock = clock;
    }

    public Caller caller(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new BrokerRefusal(401, "Unauthorized", "A bearer token is required");
        }
        JwtClaims claims;
        try {
            claims = new JwtConsumerBuilder()
                    .setVerificationKey(key)
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
            throw new BrokerRefusal(401, "Unauthorized", "The token is not valid");
        }
        return new Caller(organisation(claims), scopes(claims));
    }

    static String organisation(JwtClaims claims) {
        Object details = claims.getClaimValue("authorization_details");
        if (details instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof Map<?, ?> detail
                        && "urn:altinn:systemuser".equals(detail.get("type"))
                        && detail.get("systemuser_org") instanceof Map<?, ?> org
                        && org.get("ID") != null) {
                    return orgno(org.get("ID").toString());
                }
            }
        }
        if (claims.getClaimValue("consumer") instanceof Map<?, ?> consumer && consumer.get("ID") != null) {
            return orgno(consumer.get("ID").toString());
        }
        throw new BrokerRefusal(403, "Forbidden", "The token names no organisation");
    }

    static String orgno(String id) {
        int colon = id.lastIndexOf(':');
        return colon < 0 ? id : id.substring(colon + 1);
    }

    private static Set<String> scopes(JwtClaims claims) {
        try {
            String scope = claims.getStringClaimValue("scope");
            return scope == null
                    ? Set.of()
                    : new HashSet<>(Arrays.asList(scope.trim().split("\\s+")));
        } catch (MalformedClaimException e) {
            return Set.of();
        }
    }
}
