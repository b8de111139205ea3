package no.kurer.maskinporten.control;

import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import no.kurer.maskinporten.entity.MaskinportenToken;
import no.kurer.maskinporten.entity.Organisation;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.lang.JoseException;

/**
 * Checks an {@code Authorization: Bearer} header as a Maskinporten resource server must: size, RS256/384/512 only,
 * signature against the JWKS key named by {@code kid}, exact issuer, audience, {@code exp}/{@code iat}/{@code nbf}
 * within the allowed skew, a {@code consumer}, then the scope.
 * <p>
 * A token without {@code aud} passes unless the audience is required: Digdir's own DPI client asks Maskinporten for
 * its tokens without a {@code resource}, so they carry none (PROTOCOLS.md, "Tokens without aud"). A token whose
 * {@code aud} is present must name the expected audience, always.
 */
public class TokenValidator {

    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(30);
    static final int MAX_HEADER_LENGTH = 16 * 1024;
    private static final Set<String> ALGORITHMS = Set.of(
            AlgorithmIdentifiers.RSA_USING_SHA256,
            AlgorithmIdentifiers.RSA_USING_SHA384,
            AlgorithmIdentifiers.RSA_USING_SHA512);
    private static final String BEARER = "bearer";
    /** How many verified tokens are kept (see {@link VerifiedTokens}): far more than senders active at once. */
    static final int VERIFIED_TOKENS = 4096;

    private final String issuer;
    private final JwksCache keys;
    private final Duration skew;
    private final Clock clock;
    private final VerifiedTokens verified = new VerifiedTokens(VERIFIED_TOKENS);

    public TokenValidator(String issuer, JwksCache keys) {
        this(issuer, keys, DEFAULT_CLOCK_SKEW, Clock.systemUTC());
    }

    public TokenValidator(String issuer, JwksCache keys, Duration allowedClockSkew, Clock clock) {
        this.issuer = issuer;
        this.keys = keys;
        this.skew = allowedClockSkew;
        this.clock = clock;
    }

    /** As {@link #validate(String, String, boolean, String)} with the audience required. */
    public MaskinportenToken validate(String authorizationHeader, String audience, String requiredScope) {
        return validate(authorizationHeader, audience, true, requiredScope);
    }

    /**
     * @param requireAudience whether a token without {@code aud} is refused; one with another {@code aud} always is
     * @throws InvalidToken (401) when the token is missing or fails any check but the scope
     * @throws InsufficientScope (403) when a valid token lacks {@code requiredScope}
     */
    public MaskinportenToken validate(
            String authorizationHeader, String audience, boolean requireAudience, String requiredScope) {
        String token = bearerToken(authorizationHeader);
        JwtClaims claims = verified.claims(token, clock.instant());
        boolean known = claims != null;
        if (!known) {
            claims = verifiedClaims(token);
        }
        try {
            MaskinportenToken valid = checked(token, claims, audience, requireAudience, requiredScope);
            if (!known) {
                verified.add(token, claims, valid.expiresAt().plus(skew), clock.instant());
            }
            return valid;
        } catch (MalformedClaimException e) {
            throw new InvalidToken("token has a claim of the wrong type");
        }
    }

    private static String bearerToken(String header) {
        if (header == null || header.isBlank()) {
            throw new InvalidToken("no bearer token");
        }
        if (header.length() > MAX_HEADER_LENGTH) {
            throw new InvalidToken("authorization header is larger than 16 KiB");
        }
        String token = token68(header.strip());
        if (token == null) {
            throw new InvalidToken("authorization header is not 'Bearer <token>'");
        }
        return token;
    }

    /**
     * The token of {@code Bearer <token>} (scheme in any case, one or more spaces), when the token is RFC 6750's
     * b64token ({@code [A-Za-z0-9._~+/-]+=*}); otherwise null. A scan, not a regular expression: this runs on every
     * request over a header of a few KiB.
     */
    static String token68(String header) {
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        int start = BEARER.length();
        while (start < header.length() && header.charAt(start) == ' ') {
            start++;
        }
        if (start == BEARER.length() || start == header.length()) {
            return null;
        }
        int i = start;
        while (i < header.length() && isB64TokenChar(header.charAt(i))) {
            i++;
        }
        if (i == start) {
            return null;
        }
        while (i < header.length() && header.charAt(i) == '=') {
            i++;
        }
        return i == header.length() ? header.substring(start) : null;
    }

    private static boolean isB64TokenChar(char c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '.'
                || c == '_'
                || c == '~'
                || c == '+'
                || c == '/'
                || c == '-';
    }

    private JwtClaims verifiedClaims(String token) {
        JsonWebSignature jws = new JsonWebSignature();
        String algorithm;
        String kid;
        try {
            jws.setCompactSerialization(token);
            algorithm = jws.getAlgorithmHeaderValue();
            kid = jws.getKeyIdHeaderValue();
        } catch (JoseException | RuntimeException e) {
            throw new InvalidToken("token is not a well-formed JWS");
        }
        if (algorithm == null || !ALGORITHMS.contains(algorithm)) {
            throw new InvalidToken("token must be signed with RS256, RS384 or RS512");
        }
        if (kid == null) {
            throw new InvalidToken("token header has no kid");
        }
        JsonWebKey key = keys.key(kid).orElseThrow(() -> new InvalidToken("token is signed with an unknown key"));
        if (!(key instanceof PublicJsonWebKey publicKey) || !(publicKey.getPublicKey() instanceof RSAPublicKey rsa)) {
            throw new InvalidToken("token kid does not name an RSA key");
        }
        jws.setAlgorithmConstraints(new AlgorithmConstraints(
                AlgorithmConstraints.ConstraintType.PERMIT, ALGORITHMS.toArray(String[]::new)));
        jws.setKey(rsa);
        try {
            if (!jws.verifySignature()) {
                throw new InvalidToken("token signature is invalid");
            }
            return JwtClaims.parse(jws.getPayload());
        } catch (JoseException | InvalidJwtException e) {
            throw new InvalidToken("token signature or payload is invalid");
        }
    }

    private MaskinportenToken checked(
            String token, JwtClaims claims, String audience, boolean requireAudience, String requiredScope)
            throws MalformedClaimException {
        if (!issuer.equals(claims.getIssuer())) {
            throw new InvalidToken("wrong issuer");
        }
        if (!claims.hasAudience()) {
            if (requireAudience) {
                throw new InvalidToken("token has no audience");
            }
        } else if (!claims.getAudience().contains(audience)) {
            throw new InvalidToken("wrong audience");
        }
        Instant now = clock.instant();
        Instant expiresAt = instant(claims.getExpirationTime(), "exp");
        Instant issuedAt = instant(claims.getIssuedAt(), "iat");
        if (!now.isBefore(expiresAt.plus(skew))) {
            throw new InvalidToken("token expired");
        }
        if (issuedAt.isAfter(now.plus(skew))) {
            throw new InvalidToken("token issued in the future");
        }
        if (claims.getNotBefore() != null
                && instant(claims.getNotBefore(), "nbf").isAfter(now.plus(skew))) {
            throw new InvalidToken("token not valid yet");
        }
        TokenClaims maskinporten = new TokenClaims(claims.getClaimsMap());
        Organisation consumer = maskinporten.organisation("consumer");
        if (consumer == null) {
            throw new InvalidToken("token has no consumer");
        }
        Organisation supplier = maskinporten.organisation("supplier");
        var details = maskinporten.authorizationDetails();
        Set<String> scopes = maskinporten.scopes();
        if (!scopes.contains(requiredScope)) {
            throw new InsufficientScope(requiredScope);
        }
        return new MaskinportenToken(
                token,
                claims.getIssuer(),
                maskinporten.optionalString("client_id"),
                consumer,
                supplier,
                scopes,
                details,
                issuedAt,
                expiresAt);
    }

    private static Instant instant(NumericDate date, String claim) {
        if (date == null) {
            throw new InvalidToken("token has no " + claim);
        }
        return Instant.ofEpochMilli(date.getValueInMillis());
    }
}
