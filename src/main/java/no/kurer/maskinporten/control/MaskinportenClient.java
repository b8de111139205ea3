package no.kurer.maskinporten.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import no.kurer.configuration.MissingConfiguration;
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

    private MaskinportenSettings settings;
    private KurerKeys keys;
    private TokenEndpointClient endpoint;
    private TokenCache<TokenRequest> cache;
    private Clock clock;

    protected MaskinportenClient() {
        // for CDI's proxy
    }

    @Inject
    public MaskinportenClient(MaskinportenSettings settings, KurerKeys keys) {
        this(settings, keys, Clock.systemUTC());
    }

    /** The timeouts are read once, here (not live: README). */
    public MaskinportenClient(MaskinportenSettings settings, KurerKeys keys, Clock clock) {
        this.settings = settings;
        this.keys = keys;
        this.clock = clock;
        this.endpoint = new TokenEndpointClient(settings.connectTimeout(), settings.readTimeout(), clock);
        this.cache = new TokenCache<>("maskinporten", this::fetch, clock);
    }

    /**
     * @throws MissingConfiguration naming the first missing key
     * @throws MaskinportenRefused when Maskinporten refuses the grant, naming its cause
     * @throws MaskinportenUnreachable when it does not answer properly
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
        return endpoint.token(settings.tokenEndpoint(), grant);
    }

    private GrantBuilder grantBuilder() {
        String clientId = settings.clientId();
        String audience = settings.issuer();
        return new GrantBuilder(keys.grantKey(), audience, clientId, clock);
    }
}
