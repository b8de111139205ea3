package no.kurer.maskinporten.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import no.kurer.configuration.Key;
import no.kurer.configuration.MissingConfiguration;
import no.kurer.configuration.Settings;

/**
 * Maskinporten's keys: where tokens come from and go, and Kurer's own client and key material. All are read live. The
 * production addresses of Maskinporten are the defaults of {@code microprofile-config.properties}, so that a key an
 * administrator blanks out is named as missing rather than silently replaced.
 */
@ApplicationScoped
public class MaskinportenSettings {

    public static final Key<String> ISSUER = Key.text("maskinporten.issuer");
    public static final Key<String> JWKS_URI = Key.text("maskinporten.jwks-uri");
    public static final Key<String> TOKEN_ENDPOINT = Key.text("maskinporten.token-endpoint");
    public static final Key<String> CLIENT_ID = Key.text("maskinporten.client-id");
    public static final Key<Long> CONNECT_TIMEOUT_MS = Key.number("maskinporten.connect-timeout-ms", 5_000);
    public static final Key<Long> READ_TIMEOUT_MS = Key.number("maskinporten.read-timeout-ms", 10_000);
    public static final Key<String> KEYSTORE_PATH = Key.text("maskinporten.keystore.path");
    public static final Key<String> KEYSTORE_PASSWORD = Key.text("maskinporten.keystore.password");
    public static final Key<String> KEYSTORE_ALIAS = Key.text("maskinporten.keystore.alias");
    public static final Key<String> JWK_PATH = Key.text("maskinporten.jwk.path");
    public static final Key<String> JWK_KID = Key.text("maskinporten.jwk.kid");

    private Settings settings;

    protected MaskinportenSettings() {
        // for CDI's proxy
    }

    @Inject
    public MaskinportenSettings(Settings settings) {
        this.settings = settings;
    }

    /** @throws MissingConfiguration when unset */
    public String issuer() {
        return settings.get(ISSUER);
    }

    /** @throws MissingConfiguration when unset */
    public URI jwksUri() {
        return URI.create(settings.get(JWKS_URI));
    }

    /** @throws MissingConfiguration when unset */
    public URI tokenEndpoint() {
        return URI.create(settings.get(TOKEN_ENDPOINT));
    }

    /** @throws MissingConfiguration when unset */
    public String clientId() {
        return settings.get(CLIENT_ID);
    }

    public Duration connectTimeout() {
        return Duration.ofMillis(settings.get(CONNECT_TIMEOUT_MS));
    }

    public Duration readTimeout() {
        return Duration.ofMillis(settings.get(READ_TIMEOUT_MS));
    }

    public Optional<String> keystorePath() {
        return settings.find(KEYSTORE_PATH);
    }

    /** @throws MissingConfiguration when unset */
    public String keystorePassword() {
        return settings.get(KEYSTORE_PASSWORD);
    }

    public Optional<String> keystoreAlias() {
        return settings.find(KEYSTORE_ALIAS);
    }

    public Optional<String> jwkPath() {
        return settings.find(JWK_PATH);
    }

    public Optional<String> jwkKid() {
        return settings.find(JWK_KID);
    }
}
