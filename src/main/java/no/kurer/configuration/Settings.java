package no.kurer.configuration;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads configuration keys when they are needed, so a value set in the server console after deployment is used
 * without a redeploy. A required key without a value becomes {@link MissingConfiguration} (503 naming the key).
 */
@ApplicationScoped
public class Settings {

    /** Keys the C2 access point cannot work without. */
    public static final List<String> REQUIRED_FOR_DPI = List.of("dpi.audience", "certificates.trusted-cas");
    /** Keys still read, under their former name, when the key itself is unset. */
    static final Map<String, String> FORMER_NAMES = Map.of("certificates.trusted-cas", "dpi.trusted-ca-certificates");

    public String required(String key) {
        return optional(key).orElseThrow(() -> new MissingConfiguration(key));
    }

    public Optional<String> optional(String key) {
        return config().getOptionalValue(key, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }

    public long number(String key, long fallback) {
        return config().getOptionalValue(key, Long.class).orElse(fallback);
    }

    public boolean enabled(String key, boolean fallback) {
        return config().getOptionalValue(key, Boolean.class).orElse(fallback);
    }

    /** The required keys of the roles that are switched on and have no value. */
    public List<String> missing() {
        if (!enabled("dpi.enabled", true)) {
            return List.of();
        }
        return REQUIRED_FOR_DPI.stream()
                .filter(key -> optional(key).or(() -> Optional.ofNullable(FORMER_NAMES.get(key)).flatMap(this::optional))
                        .isEmpty())
                .toList();
    }

    private static Config config() {
        return ConfigProvider.getConfig(Settings.class.getClassLoader());
    }
}
