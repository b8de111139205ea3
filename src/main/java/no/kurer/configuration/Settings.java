package no.kurer.configuration;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import no.kurer.dpi.control.IntakeSettings;
import no.kurer.maskinporten.control.MaskinportenSettings;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads configuration keys when they are needed, so a value set in the server console after deployment is used
 * without a redeploy. A required key without a value becomes {@link MissingConfiguration} (503 naming the key), a value
 * of the wrong kind {@link InvalidConfiguration}. Features name their keys as {@link Key} constants of their own typed
 * settings class, and read them through {@link #get(Key)} and {@link #find(Key)}: the one way Kurer reads
 * configuration.
 */
@ApplicationScoped
public class Settings {

    /** The role switches (DESIGN.md): the C2 access point, and the integration point once it has an organisation. */
    public static final Key<Boolean> DPI_ENABLED = Key.flag("dpi.enabled", true);

    public static final Key<Boolean> DPO_ENABLED = Key.flag("dpo.enabled", true);
    /** The organisation the integration point sends and receives DPO for; without it, only those added, if any. */
    public static final Key<String> DPO_ORGANISATION = Key.text("systemuser.org");
    /** The PEM file of the CAs that enterprise certificates (DPI signers, DPO payload signers) must chain to. */
    public static final Key<String> TRUSTED_CAS = Key.text("certificates.trusted-cas");
    /** {@link #TRUSTED_CAS} under its former name, still read when the key itself is unset. */
    public static final Key<String> FORMER_TRUSTED_CAS = Key.text("dpi.trusted-ca-certificates");
    /** Keys the C2 access point cannot work without (besides the trust anchors, {@link #missingTrustKey()}). */
    public static final List<String> REQUIRED_FOR_DPI = List.of(IntakeSettings.AUDIENCE.name());
    /**
     * Keys the integration point (DPO, on once it acts for an organisation) cannot work without, besides the trust
     * anchors: its Maskinporten client and the enterprise certificate that decrypts and signs payloads.
     */
    public static final List<String> REQUIRED_FOR_DPO = List.of(
            MaskinportenSettings.CLIENT_ID.name(),
            MaskinportenSettings.KEYSTORE_PATH.name(),
            MaskinportenSettings.KEYSTORE_PASSWORD.name());

    private final Function<String, Optional<String>> source;

    /** Reads MicroProfile Config: system properties, environment variables, the server console. */
    public Settings() {
        this(key -> ConfigProvider.getConfig(Settings.class.getClassLoader()).getOptionalValue(key, String.class));
    }

    /** @param source the configured text of a key, for tests; blank values count as unset */
    public Settings(Function<String, Optional<String>> source) {
        this.source = source;
    }

    /**
     * The key's value, or its default.
     *
     * @throws MissingConfiguration when it has neither
     * @throws InvalidConfiguration when its value cannot be read as the key's kind
     */
    public <T> T get(Key<T> key) {
        return find(key).orElseThrow(() -> new MissingConfiguration(key.name()));
    }

    /** The key's value, or its default, or nothing when it has neither. */
    public <T> Optional<T> find(Key<T> key) {
        Optional<String> text = optional(key.name());
        if (text.isEmpty()) {
            return key.defaultValue();
        }
        try {
            return Optional.of(key.parse().apply(text.get()));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfiguration(
                    key.name(), text.get(), e.getMessage() == null ? "malformed" : e.getMessage());
        }
    }

    /** The key's configured text, stripped; blank counts as unset. */
    private Optional<String> optional(String key) {
        return source.apply(key).map(String::strip).filter(v -> !v.isEmpty());
    }

    /**
     * The required keys of the roles that are switched on and have no value.
     *
     * @param dpoActsForAnyone whether Kurer acts for any organisation now ({@code systemuser.org}, or one an
     *     administrator added: the database knows those)
     */
    public List<String> missing(boolean dpoActsForAnyone) {
        Set<String> missing = new LinkedHashSet<>();
        if (get(DPI_ENABLED)) {
            REQUIRED_FOR_DPI.stream().filter(key -> optional(key).isEmpty()).forEach(missing::add);
            missingTrustKey().ifPresent(missing::add);
        }
        missing.addAll(missingForDpo(dpoActsForAnyone));
        return List.copyOf(missing);
    }

    /**
     * What the DPO role lacks when it is switched on ({@code dpo.enabled}, and Kurer acts for an organisation), else
     * nothing. {@code systemuser.org} alone counts as acting for one, whatever {@code actsForAnyone} says.
     */
    public List<String> missingForDpo(boolean actsForAnyone) {
        if (!get(DPO_ENABLED) || (find(DPO_ORGANISATION).isEmpty() && !actsForAnyone)) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        // systemuser.org's enterprise certificate is the key store; with added organisations only (each has a key of
        // its own), a registered JWK signs the grants as well
        boolean keyStoreNeeded = find(DPO_ORGANISATION).isPresent()
                || find(MaskinportenSettings.JWK_PATH).isEmpty();
        REQUIRED_FOR_DPO.stream()
                .filter(key -> keyStoreNeeded || key.equals(MaskinportenSettings.CLIENT_ID.name()))
                .filter(key -> optional(key).isEmpty())
                .forEach(missing::add);
        missingTrustKey().ifPresent(missing::add);
        return missing;
    }

    /** The trust anchors' key, when no key that names them has a value: the one place that knows which keys those are. */
    public Optional<String> missingTrustKey() {
        return find(TRUSTED_CAS).or(() -> find(FORMER_TRUSTED_CAS)).isPresent()
                ? Optional.empty()
                : Optional.of(TRUSTED_CAS.name());
    }
}
