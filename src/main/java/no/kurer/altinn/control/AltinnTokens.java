package no.kurer.altinn.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import no.kurer.configuration.MissingConfiguration;
import no.kurer.maskinporten.control.AccessTokens;
import no.kurer.maskinporten.control.TokenCache;
import no.kurer.maskinporten.control.TokenEndpointClient;
import no.kurer.maskinporten.entity.ExpiringToken;
import no.kurer.maskinporten.entity.TokenRequest;
import no.kurer.platform.RetryAfter;

/**
 * Altinn tokens: {@code GET {altinn.base-url}/authentication/api/v1/exchange/maskinporten} with a Maskinporten token
 * for the same {@link TokenRequest}, answered by the Altinn JWT as plain text. Cached per request for the token's
 * life (its {@code exp - iat}, read without verifying; 30 minutes when it does not say), renewed early, one exchange in
 * flight per request.
 * <p>
 * java.net.http rather than a MicroProfile Rest Client, for the same reasons as
 * {@link TokenEndpointClient}: the base URL is read live, and the class runs in unit
 * tests with {@code new}.
 */
@ApplicationScoped
public class AltinnTokens {

    public static final String EXCHANGE_PATH = "/authentication/api/v1/exchange/maskinporten";
    static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private AltinnSettings settings;
    private AccessTokens maskinporten;
    private HttpClient http;
    private Duration readTimeout;
    private TokenCache<TokenRequest> cache;
    private Clock clock;
    private RetryAfter tooMany;

    protected AltinnTokens() {
        // for CDI's proxy
    }

    @Inject
    public AltinnTokens(AltinnSettings settings, AccessTokens maskinporten) {
        this(settings, maskinporten, Clock.systemUTC());
    }

    /** The timeouts are read once, here (not live: README). */
    public AltinnTokens(AltinnSettings settings, AccessTokens maskinporten, Clock clock) {
        this.settings = settings;
        this.maskinporten = maskinporten;
        this.clock = clock;
        this.readTimeout = settings.readTimeout();
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.cache = new TokenCache<>("altinn", this::exchange, clock);
        this.tooMany = new RetryAfter(clock);
    }

    /**
     * An Altinn token for the Maskinporten token of {@code request} (its scopes, resource, system user).
     *
     * @throws MissingConfiguration naming {@code altinn.base-url} or a Maskinporten key
     * @throws AltinnRefused, {@link AltinnUnreachable}, or the Maskinporten
     *         client's problems
     */
    public String altinnToken(TokenRequest request) {
        return cache.token(request);
    }

    private ExpiringToken exchange(TokenRequest request) {
        String url = settings.url(EXCHANGE_PATH);
        tooMany.waitingUntil().ifPresent(until -> {
            throw AltinnUnreachable.exchange(url, "it answered 429 Too Many Requests; Kurer asks again after " + until);
        });
        String bearer = maskinporten.accessToken(request);
        HttpRequest get = HttpRequest.newBuilder(URI.create(url))
                .timeout(readTimeout)
                .header("Authorization", "Bearer " + bearer)
                .header("Accept", "text/plain, application/json")
                .GET()
                .build();
        Instant sent = clock.instant();
        HttpResponse<String> response;
        try {
            response = http.send(get, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw AltinnUnreachable.exchange(url, "no answer in time");
        } catch (ConnectException e) {
            throw AltinnUnreachable.exchange(url, "connection refused");
        } catch (IOException e) {
            throw AltinnUnreachable.exchange(url, e.getMessage() == null ? "connection failed" : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AltinnUnreachable.exchange(url, "interrupted while waiting");
        }
        int status = response.statusCode();
        if (status == 429) {
            Duration wait =
                    tooMany.tooMany(response.headers().firstValue("Retry-After").orElse(null));
            throw AltinnUnreachable.exchange(
                    url, "it answered 429 Too Many Requests; Kurer asks again in " + wait.toSeconds() + " s");
        }
        if (status / 100 == 4) {
            throw AltinnRefused.exchange(status, excerpt(response.body()));
        }
        if (status / 100 != 2) {
            throw AltinnUnreachable.exchangeFailed(url, "answered HTTP " + status);
        }
        String token = unquote(response.body().strip());
        if (token.split("\\.").length != 3) {
            throw AltinnUnreachable.exchangeFailed(url, "answered " + status + " without a JWT");
        }
        return new ExpiringToken(token, sent, sent.plus(lifetime(token, sent)));
    }

    /**
     * {@code exp - iat} of the unverified payload, so that a difference between Altinn's clock and ours does no harm;
     * {@code exp - now} without {@code iat}; 30 minutes when the payload says neither.
     */
    static Duration lifetime(String jwt, Instant now) {
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
            if (claims.path("exp").canConvertToLong() && claims.path("iat").canConvertToLong()) {
                long seconds = claims.path("exp").asLong() - claims.path("iat").asLong();
                if (seconds > 0) {
                    return Duration.ofSeconds(seconds);
                }
            } else if (claims.path("exp").canConvertToLong()) {
                Duration left = Duration.between(
                        now, Instant.ofEpochSecond(claims.path("exp").asLong()));
                if (!left.isNegative() && !left.isZero()) {
                    return left;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // not readable: the documented lifetime
        }
        return DEFAULT_LIFETIME;
    }

    private static String unquote(String body) {
        return body.length() > 1 && body.startsWith("\"") && body.endsWith("\"")
                ? body.substring(1, body.length() - 1)
                : body;
    }

    private static String excerpt(String body) {
        String text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
