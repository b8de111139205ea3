package no.kurer.serviceregistry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import no.kurer.configuration.Key;
import no.kurer.configuration.Settings;

/** Where the service registry is and how Kurer asks it; read live. */
@ApplicationScoped
public class ServiceRegistrySettings {

    /**
     * Whether DPO asks the registry for receivers that {@code dpo.receiver-certificates} does not list; off, that
     * file alone names the receivers (a closed network).
     */
    public static final Key<Boolean> ENABLED = Key.flag("serviceregistry.enabled", true);

    public static final Key<String> URL = Key.text("serviceregistry.url", "https://eformidling.no/adressetjeneste");
    /** Without a value: {@code <serviceregistry.url>/jwk}, as Digdir's integration point defaults it. */
    public static final Key<String> JWK_URL = Key.text("serviceregistry.jwk-url");

    public static final Key<String> SCOPE = Key.text("serviceregistry.scope", "eformidling:dpo");
    public static final Key<Long> CACHE_SECONDS = Key.number("serviceregistry.cache-seconds", 300);
    public static final Key<Long> TIMEOUT_MS = Key.number("serviceregistry.timeout-ms", 10_000);

    private Settings settings;

    protected ServiceRegistrySettings() {
        // for CDI's proxy
    }

    @Inject
    public ServiceRegistrySettings(Settings settings) {
        this.settings = settings;
    }

    public boolean enabled() {
        return settings.get(ENABLED);
    }

    public URI url() {
        return URI.create(withoutSlash(settings.get(URL)));
    }

    public URI jwkUrl() {
        return URI.create(settings.find(JWK_URL).orElse(withoutSlash(settings.get(URL)) + "/jwk"));
    }

    public String scope() {
        return settings.get(SCOPE);
    }

    public Duration cacheTime() {
        return Duration.ofSeconds(settings.get(CACHE_SECONDS));
    }

    public Duration timeout() {
        return Duration.ofMillis(settings.get(TIMEOUT_MS));
    }

    private static String withoutSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
