package no.kurer.maskinporten.control;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jose4j.jwt.JwtClaims;

/**
 * Tokens whose signature {@link TokenValidator} has verified, by their exact text, until they expire. A sender sends
 * many requests with one token (Maskinporten's live for minutes), so only its first request pays for the signature
 * and the JSON; issuer, audience, times and scope are still checked on every request.
 *
 * <p>Only a token identical to one verified before is found, so nothing can be slipped in. Once verified, a token
 * is accepted until it expires even if Maskinporten removes its key from the JWKS meanwhile, as with any resource
 * server that keeps validated tokens. Holds at most {@code capacity} tokens: above that, expired ones are dropped,
 * and if that is not enough, all are.
 */
final class VerifiedTokens {

    private final Map<String, Verified> tokens = new ConcurrentHashMap<>();
    private final int capacity;

    VerifiedTokens(int capacity) {
        this.capacity = capacity;
    }

    /** The claims of {@code token} if it was verified before and is not past {@code keepUntil}; otherwise null. */
    JwtClaims claims(String token, Instant now) {
        Verified verified = tokens.get(token);
        if (verified == null) {
            return null;
        }
        if (!now.isBefore(verified.keepUntil())) {
            tokens.remove(token, verified);
            return null;
        }
        return verified.claims();
    }

    /** Remembers a token whose signature verified, until {@code keepUntil} (its expiry plus the allowed skew). */
    void add(String token, JwtClaims claims, Instant keepUntil, Instant now) {
        if (!now.isBefore(keepUntil)) {
            return;
        }
        if (tokens.size() >= capacity) {
            tokens.values().removeIf(v -> !now.isBefore(v.keepUntil()));
            if (tokens.size() >= capacity) {
                tokens.clear();
            }
        }
        tokens.put(token, new Verified(claims, keepUntil));
    }

    int size() {
        return tokens.size();
    }

    private record Verified(JwtClaims claims, Instant keepUntil) {}
}
