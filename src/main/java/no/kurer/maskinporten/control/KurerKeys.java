package no.kurer.maskinporten.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import no.kurer.configuration.MissingConfiguration;

/**
 * Kurer's own keys as configured (DESIGN.md): the enterprise certificate ({@code maskinporten.keystore.path},
 * {@code .password}, {@code .alias}) and, alternatively for grants, a registered key ({@code maskinporten.jwk.path},
 * {@code maskinporten.jwk.kid}). Keys are read when first needed and again when the configuration or the file
 * changes, so an administrator can install or replace a certificate without a redeploy.
 */
@ApplicationScoped
public class KurerKeys {

    private MaskinportenSettings settings;
    private Loaded<EnterpriseKeystore> keystore;
    private Loaded<RegisteredKey> registered;

    protected KurerKeys() {
        // for CDI's proxy
    }

    @Inject
    public KurerKeys(MaskinportenSettings settings) {
        this.settings = settings;
    }

    /**
     * The enterprise certificate, for signing as Kurer.
     *
     * @throws MissingConfiguration naming {@code maskinporten.keystore.path} or {@code .password}
     * @throws UnreadableKey when the file cannot be used
     */
    public synchronized EnterpriseKeystore enterpriseKeystore() {
        String path = settings.keystorePath()
                .orElseThrow(() -> new MissingConfiguration(MaskinportenSettings.KEYSTORE_PATH.name()));
        String password = settings.keystorePassword();
        String alias = settings.keystoreAlias().orElse(null);
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
        Optional<String> jwk = settings.jwkPath();
        if (jwk.isEmpty()) {
            return enterpriseKeystore();
        }
        String kid = settings.jwkKid().orElse(null);
        Source source = Source.of(Path.of(jwk.get()), String.valueOf(kid));
        if (registered == null || !registered.source().equals(source)) {
            registered = new Loaded<>(source, RegisteredKey.load(source.file(), kid));
        }
        return registered.key();
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

    private record Loaded<K>(Source source, K key) {}
}
