package no.kurer.sandbox.altinn.control;

import java.time.Clock;
import java.util.UUID;
import no.kurer.sandbox.maskinporten.control.MaskinportenSigningKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * {@code GET /exchange/maskinporten}: a verified Maskinporten token in, an Altinn token out, valid 30 minutes, with
 * the Maskinporten token's organisation, scopes and system user ({@code authorization_details}) carried over.
 */
public class TokenExchange {

    public static final long LIFETIME_SECONDS = 1800;

    private final String issuer;
    private final String maskinportenIssuer;
    private final MaskinportenSigningKey key;
    private final Clock clock;

    public TokenExchange(String issuer, String maskinportenIssuer, MaskinportenSigningKey key, Clock clock) {
        this.issuer = issuer;
        this.maskinportenIssuer = maskinportenIssuer;
        this.key = key;
        this.clock = clock;
    }

    public String exchange(Caller caller) {
        try {
            if (!maskinportenIssuer.equals(caller.claims().getIssuer())) {
                throw new AltinnRefusal(401, null, "Only a Maskinporten token can be exchanged");
            }
            long now = clock.instant().getEpochSecond();
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(issuer);
            claims.setClaim("consumer", caller.claims().getClaimValue("consumer"));
            claims.setClaim("urn:altinn:orgNumber", caller.orgno());
            claims.setClaim("scope", caller.claims().getClaimValue("scope"));
            claims.setClaim("client_id", caller.claims().getClaimValue("client_id"));
            if (caller.claims().hasClaim("authorization_details")) {
                claims.setClaim("authorization_details", caller.claims().getClaimValue("authorization_details"));
            }
            claims.setIssuedAt(NumericDate.fromSeconds(now));
            claims.setExpirationTime(NumericDate.fromSeconds(now + LIFETIME_SECONDS));
            claims.setJwtId(UUID.randomUUID().toString());
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setKeyIdHeaderValue(key.key().getKeyId());
            jws.setKey(key.key().getRsaPrivateKey());
            return jws.getCompactSerialization();
        } catch (JoseException | MalformedClaimException e) {
            throw new IllegalStateException("cannot sign an Altinn token", e);
        }
    }
}
