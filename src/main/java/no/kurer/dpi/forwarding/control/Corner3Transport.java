package no.kurer.dpi.forwarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Duration;
import no.kurer.configuration.Settings;
import no.kurer.dpi.forwarding.entity.Route;
import no.kurer.maskinporten.control.AccessTokens;
import no.kurer.maskinporten.entity.TokenRequest;

/**
 * The transport to corner 3 the application uses: REST, with Kurer's own Maskinporten token for scope
 * {@code dpi.c3.forward-scope}, bound to the route ({@code resource}). Timeouts: {@code dpi.c3.connect-timeout-seconds}
 * and {@code dpi.c3.request-timeout-seconds}, read at start.
 */
@ApplicationScoped
public class Corner3Transport {

    @Inject
    Settings settings;
    @Inject
    Instance<AccessTokens> accessTokens;

    @Produces
    @ApplicationScoped
    Transport transport() {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(settings.number("dpi.c3.connect-timeout-seconds", 10)))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new RestTransport(http, this::token,
                Duration.ofSeconds(settings.number("dpi.c3.request-timeout-seconds", 300)));
    }

    private String token(Route route) {
        if (!accessTokens.isResolvable()) {
            throw new NoAccessToken("Kurer has no Maskinporten client configured", null);
        }
        String scope = settings.optional("dpi.c3.forward-scope").orElse("digitalpostinnbygger:send");
        return accessTokens.get().accessToken(TokenRequest.of(scope).withResource(route.baseUrl()));
    }
}
