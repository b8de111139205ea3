package no.kurer.sandbox.maskinporten.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.kurer.sandbox.ca.control.OrganisationNumbers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.JoseException;

/**
 * Checks a JWT bearer grant as Maskinporten does: RS256/384/512 only, a trusted client key,
 * {@code aud} = issuer, {@code iss} = client_id, {@code iat} within ±10 s, {@code exp} at most
 * 120 s after {@code iat} and not passed, a {@code jti} never seen before, and only allowed scopes.
 */
public class GrantVerifier {

    static final Duration SKEW = Duration.ofSeconds(10);
    static final Duration MAX_LIFETIME = Duration.ofSeconds(120);
    static final Set<String> ALGORITHMS = Set.of("RS256", "RS384", "RS512");

    private final String issuer;
    private final List<ClientAuthentication> authentications;
    private final Set<String> allowedScopes;
    private final JtiStore jtis;
    private final Clock clock;

    public GrantVerifier(
            String issuer,
            List<ClientAuthentication> authentications,
            Collection<String> allowedScopes,
            JtiStore jtis,
            Clock clock) {
        this.issuer = issuer;
        this.authentications = List.copyOf(authentications);
        this.allowedScopes = Set.copyOf(allowedScopes);
        this.jtis = jtis;
        this.clock = clock;
    }

    public VerifiedGrant verify(String assertion) {
        JsonWebSignature grant = parse(assertion);
        String alg = grant.getAlgorithmHeaderValue();
        if (!ALGORITHMS.contains(alg)) {
            throw TokenRefused.invalidGrant(
                    "Invalid assertion. Unsupported alg " + alg + ", use RS256, RS384 or RS512");
        }
        ClientAuthentication authentication = authentications.stream()
                .filter(a -> a.supports(grant))
                .findFirst()
                .orElseThrow(() -> TokenRefused.invalidGrant(
                        "Invalid assertion. Client authentication failed: " + "the grant has no x5c header"));
        AuthenticatedClient client = authentication.authenticate(grant);
        try {
            JwtClaims claims = JwtClaims.parse(grant.getUnverifiedPayload());
            checkAudience(claims);
            String clientId = claims.getIssuer();
            if (clientId == null || clientId.isBlank()) {
                throw TokenRefused.invalidGrant("Invalid assertion. Missing iss (client_id)");
            }
            Instant expiry = checkTimes(claims);
            List<String> scopes = scopes(claims);
            Optional<String> consumerOrg = consumerOrg(claims);
            List<String> resources = strings(claims, "resource");
            String jti = claims.getJwtId();
            if (jti == null || jti.isBlank()) {
                throw TokenRefused.invalidGrant("Invalid assertion. Missing jti");
            }
            if (!jtis.remember(jti, expiry.plus(SKEW))) {
                throw TokenRefused.invalidGrant("Invalid assertion. The jti has been used before");
            }
            return new VerifiedGrant(clientId, client, scopes, resources, consumerOrg, authorizationDetails(claims));
        } catch (MalformedClaimException | InvalidJwtException e) {
            throw TokenRefused.invalidGrant("Invalid assertion. Malformed claims: " + e.getMessage());
        }
    }

    private static JsonWebSignature parse(String assertion) {
        if (assertion == null || assertion.isBlank()) {
            throw TokenRefused.invalidRequest("Missing assertion");
        }
        try {
            if (JsonWebStructure.fromCompactSerialization(assertion) instanceof JsonWebSignature jws) {
                return jws;
            }
        } catch (JoseException e) {
            throw TokenRefused.invalidGrant("Invalid assertion. Not a JWT: " + e.getMessage());
        }
        throw TokenRefused.invalidGrant("Invalid assertion. An encrypted JWT is not a grant");
    }

    private void checkAudience(JwtClaims claims) throws MalformedClaimException {
        if (!claims.hasAudience() || !claims.getAudience().equals(List.of(issuer))) {
            throw TokenRefused.invalidGrant("Invalid assertion. aud must be " + issuer);
        }
    }

    private Instant checkTimes(JwtClaims claims) throws MalformedClaimException {
        NumericDate iat = claims.getIssuedAt();
        NumericDate exp = claims.getExpirationTime();
        if (iat == null || exp == null) {
            throw TokenRefused.invalidGrant("Invalid assertion. iat and exp are required");
        }
        Instant now = clock.instant();
        Instant issued = Instant.ofEpochSecond(iat.getValue());
        Instant expiry = Instant.ofEpochSecond(exp.getValue());
        if (Duration.between(issued, now).abs().compareTo(SKEW) > 0) {
            throw TokenRefused.invalidGrant("Invalid assertion. iat must be within 10 seconds of the server time");
        }
        if (expiry.isAfter(issued.plus(MAX_LIFETIME))) {
            throw TokenRefused.invalidGrant("Invalid assertion. exp must be at most 120 seconds after iat");
        }
        if (!expiry.isAfter(now)) {
            throw TokenRefused.invalidGrant("Invalid assertion. The grant has expired");
        }
        return expiry;
    }

    private List<String> scopes(JwtClaims claims) throws MalformedClaimException {
        String scope = claims.getStringClaimValue("scope");
        if (scope == null || scope.isBlank()) {
            throw TokenRefused.invalidScope("Missing scope");
        }
        List<String> scopes =
                Arrays.stream(scope.trim().split("\\s+")).distinct().toList();
        for (String each : scopes) {
            if (!allowedScopes.contains(each)) {
                throw TokenRefused.invalidScope("Scope " + each + " is not allowed for this client");
            }
        }
        return scopes;
    }

    private static Optional<String> consumerOrg(JwtClaims claims) throws MalformedClaimException {
        String consumerOrg = claims.getStringClaimValue("consumer_org");
        if (consumerOrg == null) {
            return Optional.empty();
        }
        if (!OrganisationNumbers.isValid(consumerOrg)) {
            throw TokenRefused.invalidGrant("Invalid consumer_org: " + consumerOrg);
        }
        return Optional.of(consumerOrg);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> authorizationDetails(JwtClaims claims) {
        Object value = claims.getClaimValue("authorization_details");
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list && list.stream().allMatch(Map.class::isInstance)) {
            return list.stream().map(each -> (Map<String, Object>) each).toList();
        }
        throw new TokenRefused("invalid_authorization_details", "authorization_details must be an array of objects");
    }

    private static List<String> strings(JwtClaims claims, String name) throws MalformedClaimException {
        if (!claims.hasClaim(name)) {
            return List.of();
        }
        if (claims.isClaimValueString(name)) {
            return List.of(claims.getStringClaimValue(name));
        }
        return claims.getStringListClaimValue(name);
    }
}
