package no.kurer.sandbox.maskinporten.control;

import java.security.Key;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Builds a Maskinporten JWT grant signed with an enterprise certificate ({@code x5c}), as a client
 * would. Defaults are a valid grant (iat now, exp now + 120 s, fresh jti); tests change any claim
 * with {@link #claim(String, Object)} (null removes it,
 * an {@link Instant} becomes epoch seconds), the header algorithm with {@link #algorithm} and the
 * key with {@link #signingKey}.
 *
 * <pre>{@code
 * String grant = new GrantFactory(identity, "https://…/sandbox/maskinporten/", clock)
 *         .scope("digitalpostinnbygger:send").resource("https://c2.example/").consumerOrg("910076787")
 *         .sign();
 * }</pre>
 */
public class GrantFactory {

    private final EnterpriseIdentity signer;
    private final Map<String, Object> claims = new LinkedHashMap<>();
    private String algorithm = AlgorithmIdentifiers.RSA_USING_SHA256;
    private Key key;

    public GrantFactory(EnterpriseIdentity signer, String audience, Clock clock) {
        this.signer = signer;
        Instant now = clock.instant();
        claims.put("aud", audience);
        claims.put("iss", "sandbox-" + signer.orgno());
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(Duration.ofSeconds(120)).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
    }

    public GrantFactory clientId(String clientId) {
        return claim("iss", clientId);
    }

    public GrantFactory scope(String scope) {
        return claim("scope", scope);
    }

    public GrantFactory resource(String resource) {
        return claim("resource", resource);
    }

    public GrantFactory consumerOrg(String orgno) {
        return claim("consumer_org", orgno);
    }

    public GrantFactory claim(String name, Object value) {
        if (value == null) {
            claims.remove(name);
        } else {
            claims.put(name, value);
        }
        return this;
    }

    public GrantFactory algorithm(String alg) {
        this.algorithm = alg;
        return this;
    }

    /** Sign with another key than the identity's (e.g. an HMAC key with {@code HS256}); x5c stays. */
    public GrantFactory signingKey(Key key) {
        this.key = key;
        return this;
    }

    public String sign() {
        JwtClaims jwt = new JwtClaims();
        claims.forEach((name, value) -> jwt.setClaim(name, value instanceof Instant i ? i.getEpochSecond() : value));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(jwt.toJson());
        jws.setAlgorithmHeaderValue(algorithm);
        jws.setCertificateChainHeaderValue(signer.chainArray());
        jws.setKey(key == null ? signer.privateKey() : key);
        jws.setDoKeyValidation(false);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a grant", e);
        }
    }
}
