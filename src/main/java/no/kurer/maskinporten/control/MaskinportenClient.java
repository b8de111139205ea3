package no.kurer.maskinporten.control;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.kurer.configuration.MissingConfiguration;
import no.kurer.configuration.Settings;
import no.kurer.maskinporten.entity.ExpiringToken;
import no.kurer.maskinporten.entity.TokenRequest;

/**
 * Kurer's Maskinporten client: a JWT grant ({@link GrantBuilder}) posted to {@code maskinporten.token-endpoint}
 * ({@link TokenEndpointClient}), the token cached per {@link TokenRequest} and renewed before it expires, one request
 * in flight per request however many threads ask ({@link TokenCache}). {@code maskinporten.client-id},
 * {@code maskinporten.issuer}, {@code maskinporten.token-endpoint} and the key are read at every renewal.
 */
@ApplicationScoped
public class MaskinportenClient implements AccessTokens {

    public static final String CLIENT_ID = "maskinporten.client-id";
    public static final String ISSUER = "maskinporten.issuer";
    public static final String TOKEN_ENDPOINT = "maskinporten.token-endpoint";

    private Function<String, Optional<String>> settings;
    private KurerKeys keys;
    private TokenEndpointClient endpoint;
    private TokenCache<TokenRequest> cache;
    private Clock clock;

    protected MaskinportenClient() {
        // for CDI's proxy
    }

    @Inject
    public MaskinportenClient(Settings settings, KurerKeys keys) {
        this(settings::optional, keys, Clock.systemUTC(),
                Duration.ofMillis(settings.number("maskinporten.connect-timeout-ms", 5_000)),
                Duration.ofMillis(settings.number("maskinporten.read-timeout-ms", 10_000)));
    }

    /** @param settings configuration lookup, blank values already mapped to empty */
    public MaskinportenClient(Function<String, Optional<String>> settings, KurerKeys keys, Clock clock,
            Duration connectTimeout, Duration readTimeout) {
        this.settings = settings;
        this.keys = keys;
        this.clock = clock;
        this.endpoint = new TokenEndpointClient(connectTimeout, readTimeout, clock);
        this.cache = new TokenCache<>("maskinporten", this::fetch, clock);
    }

    /**
     * @throws MissingConfiguration naming the first missing key
     * @throws MaskinportenRefused when Maskinporten refuses the grant, naming its cause
     * @throws MaskinportenUnreachable or {@link MaskinportenFailed} when it does not answer properly
     */
    @Override
    public String accessToken(TokenRequest request) {
        return cache.token(request);
    }

    /** The grant this client would send for the request now (signed, fresh {@code jti}). */
    public String grant(TokenRequest request) {
        return grantBuilder().grant(request);
    }

    private ExpiringToken fetch(TokenRequest request) {
        String grant = grant(request);
        return endpoint.token(URI.create(required(TOKEN_ENDPOINT)), grant);
    }

    private GrantBuilder grantBuilder() {
        String clientId = required(CLIENT_ID);
        String audience = required(ISSUER);
        return new GrantBuilder(keys.grantKey(), audience, clientId, clock);
    }

    private String required(String key) {
        return settings.apply(key).orElseThrow(() -> new MissingConfiguration(key));
    }
}
