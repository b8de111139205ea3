package no.kurer.dpi.forwarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.nio.file.Path;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.forwarding.entity.Route;
import no.kurer.maskinporten.control.AccessTokens;
import no.kurer.maskinporten.entity.TokenRequest;

/**
 * The transport to corner 3 the application uses unless PEPPOL's choice replaces it: the {@link RestTransport}, with
 * Kurer's own Maskinporten token for scope {@code dpi.c3.forward-scope}, bound to the route ({@code resource}).
 * Timeouts: {@code dpi.c3.connect-timeout-seconds} and {@code dpi.c3.request-timeout-seconds}, read on first use.
 */
@ApplicationScoped
public class Corner3Transport implements Transport {

    @Inject
    ForwardingSettings settings;

    @Inject
    Instance<AccessTokens> accessTokens;

    private Transport rest;

    @Override
    public void forward(Melding melding, Route route, Path pakke) {
        rest().forward(melding, route, pakke);
    }

    private synchronized Transport rest() {
        if (rest == null) {
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(settings.connectTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            rest = new RestTransport(http, this::token, settings.requestTimeout());
        }
        return rest;
    }

    private String token(Route route) {
        if (!accessTokens.isResolvable()) {
            throw new NoAccessToken("Kurer has no Maskinporten client configured", null);
        }
        return accessTokens
                .get()
                .accessToken(TokenRequest.of(settings.forwardScope()).withResource(route.baseUrl()));
    }
}
