package no.kurer.maskinporten.control;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.Use;
import org.jose4j.lang.JoseException;

/**
 * Maskinporten's signing keys, fetched from its JWKS and kept by {@code kid}.
 * <p>
 * An unknown {@code kid} (Maskinporten rotated its keys) triggers a refresh, and keys older than
 * {@link #MAX_AGE} are refreshed on the next lookup so a withdrawn key stops being trusted. Every fetch counts
 * against one limit: at most one per {@code minRefreshInterval}, however many threads ask for however many
 * unknown ids, so a caller sending random {@code kid}s cannot make Kurer hammer the JWKS endpoint.
 * A failed fetch keeps the keys already known.
 */
public class JwksCache {

    public static final Duration DEFAULT_MIN_REFRESH_INTERVAL = Duration.ofSeconds(10);
    public static final Duration MAX_AGE = Duration.ofHours(1);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final System.Logger LOG = System.getLogger(JwksCache.class.getName());

    private final URI jwksUri;
    private final Duration minRefreshInterval;
    private final Clock clock;
    private final HttpClient http;
    private final Object refreshLock = new Object();
    private volatile Map<String, JsonWebKey> keys = Map.of();
    private volatile Instant fetchedAt;
    private Instant lastAttempt;

    public JwksCache(URI jwksUri) {
        this(jwksUri, DEFAULT_MIN_REFRESH_INTERVAL, Clock.systemUTC());
    }

    public JwksCache(URI jwksUri, Duration minRefreshInterval, Clock clock) {
        this.jwksUri = jwksUri;
        this.minRefreshInterval = minRefreshInterval;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The key with this id, refreshing the set first if the id is unknown or the keys are stale (rate permitting). */
    public Optional<JsonWebKey> key(String kid) {
        JsonWebKey known = keys.get(kid);
        if (known != null && !stale()) {
            return Optional.of(known);
        }
        synchronized (refreshLock) {
            known = keys.get(kid);
            if (known == null || stale()) {
                refreshIfAllowed();
            }
            return Optional.ofNullable(keys.get(kid));
        }
    }

    private boolean stale() {
        Instant at = fetchedAt;
        return at == null || clock.instant().isAfter(at.plus(MAX_AGE));
    }

    private void refreshIfAllowed() {
        Instant now = clock.instant();
        if (lastAttempt != null && now.isBefore(lastAttempt.plus(minRefreshInterval))) {
            return;
        }
        lastAttempt = now;
        try {
            keys = fetch();
            fetchedAt = now;
        } catch (IOException | JoseException e) {
            LOG.log(
                    Level.WARNING,
                    "Fetching JWKS from {0} failed, keeping {1} known keys: {2}",
                    jwksUri,
                    keys.size(),
                    e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Map<String, JsonWebKey> fetch() throws IOException, InterruptedException, JoseException {
        HttpRequest request = HttpRequest.newBuilder(jwksUri)
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP status " + response.statusCode());
        }
        Map<String, JsonWebKey> byKid = new HashMap<>();
        for (JsonWebKey key : new JsonWebKeySet(response.body()).getJsonWebKeys()) {
            if (key.getKeyId() != null && (key.getUse() == null || Use.SIGNATURE.equals(key.getUse()))) {
                byKid.put(key.getKeyId(), key);
            }
        }
        return Map.copyOf(byKid);
    }
}
