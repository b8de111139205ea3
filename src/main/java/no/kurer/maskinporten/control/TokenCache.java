package no.kurer.maskinporten.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;
import no.kurer.maskinporten.entity.ExpiringToken;
import no.kurer.metrics.control.Meters;

/**
 * Tokens by key, renewed at {@link ExpiringToken#renewAt()}, with one fetch in flight per key: however many threads
 * ask for a stale key at once, one of them fetches and the others wait for its answer (or its failure). When a
 * renewal fails while the old token still has {@value #LAST_RESORT_SECONDS} s left, the old token is used and the next
 * call tries again.
 */
public class TokenCache<K> {

    static final long LAST_RESORT_SECONDS = 5;
    private static final int PRUNE_ABOVE = 1000;
    private static final Logger LOG = Logger.getLogger(TokenCache.class.getName());

    private final Map<K, ExpiringToken> tokens = new ConcurrentHashMap<>();
    private final Map<K, CompletableFuture<ExpiringToken>> inFlight = new ConcurrentHashMap<>();
    private final Function<K, ExpiringToken> fetch;
    private final Clock clock;
    private final String service;

    /** @param service who issues the tokens, as the metrics name it ({@code maskinporten}, {@code altinn}) */
    public TokenCache(String service, Function<K, ExpiringToken> fetch, Clock clock) {
        this.service = service;
        this.fetch = fetch;
        this.clock = clock;
    }

    public String token(K key) {
        ExpiringToken cached = tokens.get(key);
        if (cached != null && cached.fresh(clock.instant())) {
            Meters.tokenCacheHit(service);
            return cached.value();
        }
        CompletableFuture<ExpiringToken> mine = new CompletableFuture<>();
        CompletableFuture<ExpiringToken> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return await(running).value();
        }
        try {
            mine.complete(renew(key));
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
        return mine.join().value();
    }

    /** Forgets every token (e.g. after the configuration changed). */
    public void clear() {
        tokens.clear();
    }

    private ExpiringToken renew(K key) {
        Instant now = clock.instant();
        ExpiringToken previous = tokens.get(key);
        if (previous != null && previous.fresh(now)) {
            return previous; // another thread renewed it between our look and our turn
        }
        try {
            ExpiringToken renewed = Meters.tokenRequest(service, () -> fetch.apply(key));
            prune(now);
            tokens.put(key, renewed);
            return renewed;
        } catch (RuntimeException e) {
            if (previous != null && previous.validAt(now.plus(Duration.ofSeconds(LAST_RESORT_SECONDS)))) {
                LOG.warning("renewing a token failed; the current one is used until it expires at "
                        + previous.expiresAt() + ": " + e.getMessage());
                return previous;
            }
            throw e;
        }
    }

    private void prune(Instant now) {
        if (tokens.size() > PRUNE_ABOVE) {
            tokens.values().removeIf(token -> !token.validAt(now));
        }
    }

    private static ExpiringToken await(CompletableFuture<ExpiringToken> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
