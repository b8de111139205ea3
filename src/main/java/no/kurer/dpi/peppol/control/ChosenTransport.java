package no.kurer.dpi.peppol.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import no.kurer.configuration.Settings;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.forwarding.control.NoAccessToken;
import no.kurer.dpi.forwarding.control.RestTransport;
import no.kurer.dpi.forwarding.control.Transport;
import no.kurer.dpi.forwarding.entity.Route;
import no.kurer.maskinporten.control.AccessTokens;
import no.kurer.maskinporten.entity.TokenRequest;
import no.kurer.metrics.control.Meters;

/**
 * The application's {@link Transport} (an alternative enabled by priority): AS4 for receivers {@link TransportChoice}
 * puts on AS4, otherwise the REST transport, built as {@code forwarding.control.Corner3Transport} builds it (whose
 * producer this alternative replaces).
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class ChosenTransport implements Transport {

    @Inject
    Settings settings;
    @Inject
    Instance<AccessTokens> accessTokens;
    @Inject
    Peppol peppol;

    private Transport rest;
    private Transport as4;

    @Override
    public void forward(Melding melding, Route route, Path pakke) {
        TransportChoice.Kind kind = peppol.choice().of(melding.receiver());
        Transport chosen = kind == TransportChoice.Kind.AS4 ? as4() : rest();
        Meters.forwardAttempt(melding.receiver(), kind.name(), () -> chosen.forward(melding, route, pakke));
    }

    private synchronized Transport as4() {
        if (as4 == null) {
            as4 = peppol.transport();
        }
        return as4;
    }

    private synchronized Transport rest() {
        if (rest == null) {
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(settings.number("dpi.c3.connect-timeout-seconds", 10)))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            rest = new RestTransport(http, this::token,
                    Duration.ofSeconds(settings.number("dpi.c3.request-timeout-seconds", 300)));
        }
        return rest;
    }

    private String token(Route route) {
        if (!accessTokens.isResolvable()) {
            throw new NoAccessToken("Kurer has no Maskinporten client configured", null);
        }
        String scope = settings.optional("dpi.c3.forward-scope").orElse("digitalpostinnbygger:send");
        return accessTokens.get().accessToken(TokenRequest.of(scope).withResource(route.baseUrl()));
    }
}
