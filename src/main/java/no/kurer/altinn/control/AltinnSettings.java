package no.kurer.altinn.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import no.kurer.configuration.Key;
import no.kurer.configuration.MissingConfiguration;
import no.kurer.configuration.Settings;

/**
 * Altinn's keys: the platform root (read live; its production value is the default of
 * {@code microprofile-config.properties}, so a blanked-out key is named as missing), and the token exchange's timeouts.
 */
@ApplicationScoped
public class AltinnSettings {

    public static final Key<String> BASE_URL = Key.text("altinn.base-url");
    public static final Key<Long> CONNECT_TIMEOUT_MS = Key.number("altinn.connect-timeout-ms", 5_000);
    public static final Key<Long> READ_TIMEOUT_MS = Key.number("altinn.read-timeout-ms", 20_000);

    private Settings settings;

    protected AltinnSettings() {
        // for CDI's proxy
    }

    @Inject
    public AltinnSettings(Settings settings) {
        this.settings = settings;
    }

    /**
     * {@code altinn.base-url} + {@code path}, one slash between them.
     *
     * @throws MissingConfiguration when {@code altinn.base-url} is unset
     */
    public String url(String path) {
        String base = settings.get(BASE_URL);
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    public Duration connectTimeout() {
        return Duration.ofMillis(settings.get(CONNECT_TIMEOUT_MS));
    }

    public Duration readTimeout() {
        return Duration.ofMillis(settings.get(READ_TIMEOUT_MS));
    }
}
