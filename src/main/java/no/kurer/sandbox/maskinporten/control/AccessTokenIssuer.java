package no.kurer.sandbox.maskinporten.control;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Signs access tokens (RS256, {@code kid}) with Maskinporten's claims. A grant with
 * {@code consumer_org} makes the certificate's organisation the {@code supplier} (data processor)
 * and {@code consumer_org} the {@code consumer}; otherwise the certificate's organisation is the
 * consumer and there is no supplier.
 */
public class AccessTokenIssuer {

    public static final long LIFETIME_SECONDS = 120;

    private final String issuer;
    private final MaskinportenSigningKey signingKey;
    private final Clock clock;

    public AccessTokenIssuer(String issuer, MaskinportenSigningKey signingKey, Clock clock) {
        this.issuer = issuer;
        this.signingKey = signingKey;
        this.clock = clock;
    }

    public TokenResponse issue(VerifiedGrant grant) {
        return issue(grant, List.of());
    }

    /** @param authorizationDetails the token's {@code authorization_details} (none when empty) */
    public TokenResponse issue(VerifiedGrant grant, List<Map<String, Object>> authorizationDetails) {
        long now = clock.instant().getEpochSecond();
        String scope = String.join(" ", grant.scopes());
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setClaim("client_id", grant.clientId());
        claims.setClaim("client_amr", grant.client().clientAmr());
        claims.setClaim("token_type", "Bearer");
        claims.setClaim("scope", scope);
        String certificateOrg = grant.client().orgno();
        claims.setClaim("consumer", organisation(grant.consumerOrg().orElse(certificateOrg)));
        if (grant.consumerOrg().isPresent()) {
            claims.setClaim("supplier", organisation(certificateOrg));
        }
        if (grant.resources().size() == 1) {
            claims.setAudience(grant.resources().get(0));
        } else if (!grant.resources().isEmpty()) {
            claims.setAudience(grant.resources());
        }
        if (!authorizationDetails.isEmpty()) {
            claims.setClaim("authorization_details", authorizationDetails);
        }
        claims.setIssuedAt(NumericDate.fromSeconds(now));
        claims.setExpirationTime(NumericDate.fromSeconds(now + LIFETIME_SECONDS));
        claims.setJwtId(UUID.randomUUID().toString());

        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKeyIdHeaderValue(signingKey.key().getKeyId());
        jws.setKey(signingKey.key().getRsaPrivateKey());
        try {
            return new TokenResponse(jws.getCompactSerialization(), LIFETIME_SECONDS, scope);
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
    }

    static Map<String, String> organisation(String orgno) {
        return Map.of("authority", "iso6523-actorid-upis", "ID", "0192:" + orgno);
    }
}
