package no.kurer.broker.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import no.kurer.altinn.control.AltinnSettings;
import no.kurer.configuration.Settings;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * This process's connection to the Altinn Broker: the {@link BrokerApi} client for the live {@code altinn.base-url}
 * with the {@code broker.*-timeout-ms} timeouts, rebuilt when the base URL changes, and the one {@link BrokerPacing}
 * of all its broker calls, reading its limits anew for each call.
 */
@ApplicationScoped
public class BrokerConnection {

    @Inject
    Settings settings;

    @Inject
    DpoConfiguration config;

    @Inject
    BrokerTokens tokens;

    private BrokerPacing pacing;
    private String builtFor;
    private BrokerApi api;

    /**
     * The broker as {@code orgno} (with its system user's token), paced with every other broker call of this process,
     * whichever organisation makes it.
     */
    public Broker broker(String orgno) {
        return new Broker(this::api, () -> tokens.token(orgno), pacing());
    }

    private synchronized BrokerPacing pacing() {
        if (pacing == null) {
            pacing = new BrokerPacing(config::pacing, Clock.systemUTC());
        }
        return pacing;
    }

    synchronized BrokerApi api() {
        String base = settings.get(AltinnSettings.BASE_URL);
        if (api == null || !base.equals(builtFor)) {
            String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
            api = RestClientBuilder.newBuilder()
                    .baseUri(URI.create(root + DpoConfiguration.BROKER_PATH))
                    .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .property("jersey.config.client.request.entity.processing", "CHUNKED")
                    .build(BrokerApi.class);
            builtFor = base;
        }
        return api;
    }
}
