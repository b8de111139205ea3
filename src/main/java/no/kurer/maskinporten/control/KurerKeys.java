package no.kurer.maskinporten.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.kurer.configuration.MissingConfiguration;
import no.kurer.configuration.Settings;

/**
 * Kurer's own keys as configured (DESIGN.md): the enterprise certificate ({@code maskinporten.keystore.path},
 * {@code .password}, {@code .alias}) and, alternatively for grants, a registered key ({@code maskinporten.jwk.path},
 * {@code maskinporten.jwk.kid}). Keys are read when first needed and again when the configuration or the file
 * changes, so an administrator can install or replace a certificate without a redeploy.
 */
@ApplicationScoped
public class KurerKeys {

    public static final String KEYSTORE_PATH = "maskinporten.keystore.path";
    public static final String KEYSTORE_PASSWORD = "maskinporten.keystore.password";
    public static final String KEYSTORE_ALIAS = "maskinporten.keystore.alias";
    public static final String JWK_PATH = "maskinporten.jwk.path";
    public static final String JWK_KID = "maskinporten.jwk.kid";

    private Function<String, Optional<String>> settings;
    private Loaded<EnterpriseKeystore> keystore;
    private Loaded<RegisteredKey> registered;

    protected KurerKeys() {
        // for CDI's proxy
    }

    @Inject
    public KurerKeys(Settings settings) {
        this(settings::optional);
    }

    /** @param settings configuration lookup, blank values already mapped to empty */
    public KurerKeys(Function<String, Optional<String>> settings) {
        this.settings = settings;
    }

    /**
     * The enterprise certificate, for signing as Kurer.
     *
     * @throws MissingConfiguration naming {@code maskinporten.keystore.path} or {@code .password}
     * @throws UnreadableKey when the file cannot be used
     */
    public synchronized EnterpriseKeystore enterpriseKeystore() {
        String path = required(KEYSTORE_PATH);
        String password = required(KEYSTORE_PASSWORD);
        String alias = settings.apply(KEYSTORE_ALIAS).orElse(null);
        Source source = Source.of(Path.of(path), password + "\u0000" + alias);
        if (keystore == null || !keystore.source().equals(source)) {
            keystore = new Loaded<>(source, EnterpriseKeystore.load(source.file(), password.toCharArray(), alias));
        }
        return keystore.key();
    }

    /**
     * What grants are signed with: the registered key when {@code maskinporten.jwk.path} is set (an explicit choice),
     * else the enterprise certificate.
     *
     * @throws MissingConfiguration naming {@code maskinporten.keystore.path} when neither is configured
     */
    public synchronized GrantKey grantKey() {
        Optional<String> jwk = settings.apply(JWK_PATH);
        if (jwk.isEmpty()) {
            return enterpriseKeystore();
        }
        String kid = settings.apply(JWK_KID).orElse(null);
        Source source = Source.of(Path.of(jwk.get()), String.valueOf(kid));
        if (registered == null || !registered.source().equals(source)) {
            registered = new Loaded<>(source, RegisteredKey.load(source.file(), kid));
        }
        return registered.key();
    }

    private String required(String key) {
        return settings.apply(key).orElseThrow(() -> new MissingConfiguration(key));
    }

    /** Where a key came from: reading it again is needed when any of this changes. */
    private record Source(Path file, FileTime modified, String parameters) {

        static Source of(Path file, String parameters) {
            FileTime modified;
            try {
                modified = Files.getLastModifiedTime(file);
            } catch (IOException e) {
                modified = null; // loading will say why
            }
            return new Source(file, modified, parameters);
        }
    }

    private record Loaded<K>(Source source, K key) {
    }
}
