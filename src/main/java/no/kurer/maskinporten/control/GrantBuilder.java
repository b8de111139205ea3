package no.kurer.maskinporten.control;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kurer.maskinporten.entity.AuthorizationDetail;
import no.kurer.maskinporten.entity.TokenRequest;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Builds the JWT bearer grant Kurer sends to Maskinporten (PROTOCOLS.md, "JWT grant"): RS256, {@code x5c} or
 * {@code kid} from the {@link GrantKey}; {@code aud} the issuer, {@code iss} the client id, {@code iat} now,
 * {@code exp} {@value #LIFETIME_SECONDS} s later, a fresh {@code jti}, {@code scope}, and when the request has them
 * {@code resource} and {@code authorization_details}.
 */
public class GrantBuilder {

    public static final long LIFETIME_SECONDS = 120;

    private final GrantKey key;
    private final String audience;
    private final String clientId;
    private final Clock clock;

    public GrantBuilder(GrantKey key, String audience, String clientId, Clock clock) {
        this.key = key;
        this.audience = audience;
        this.clientId = clientId;
        this.clock = clock;
    }

    public String grant(TokenRequest request) {
        long now = clock.instant().getEpochSecond();
        JwtClaims claims = new JwtClaims();
        claims.setAudience(audience); // a single string: Maskinporten wants exactly one value
        claims.setIssuer(clientId);
        claims.setIssuedAt(NumericDate.fromSeconds(now));
        claims.setExpirationTime(NumericDate.fromSeconds(now + LIFETIME_SECONDS));
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setClaim("scope", request.scope());
        if (request.resource() != null && !request.resource().isBlank()) {
            claims.setClaim("resource", request.resource());
        }
        if (!request.authorizationDetails().isEmpty()) {
            claims.setClaim("authorization_details", json(request.authorizationDetails()));
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        key.identify(jws);
        jws.setKey(key.privateKey());
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a Maskinporten grant: " + e.getMessage(), e);
        }
    }

    static List<Map<String, Object>> json(List<AuthorizationDetail> details) {
        return details.stream()
                .map(detail -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("type", detail.type());
                    entry.putAll(detail.claims());
                    return entry;
                })
                .toList();
    }
}
