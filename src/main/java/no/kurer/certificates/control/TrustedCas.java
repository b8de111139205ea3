package no.kurer.certificates.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import no.kurer.configuration.MissingConfiguration;
import no.kurer.configuration.Settings;

/**
 * The CA certificates Norwegian enterprise certificates must chain to, for every role: DPI forretningsmelding signers
 * and DPO payload signers. Read from {@code certificates.trusted-cas}, or from {@code dpi.trusted-ca-certificates}
 * when that is unset (its name before the trust had a key of its own). Looked up on every use, so an administrator
 * may set it after deployment; the file itself is re-read when it changes ({@link EnterpriseCertificates}).
 */
@ApplicationScoped
public class TrustedCas {

    public static final String KEY = Settings.TRUST_KEY;
    public static final String FALLBACK_KEY = Settings.FORMER_NAMES.get(KEY);

    private Function<String, Optional<String>> settings;
    private volatile EnterpriseCertificates trusted;

    protected TrustedCas() {
        // for CDI's proxy
    }

    @Inject
    public TrustedCas(Settings settings) {
        this(settings::optional);
    }

    /** @param settings configuration lookup, blank values already mapped to empty */
    public TrustedCas(Function<String, Optional<String>> settings) {
        this.settings = settings;
    }

    /** The configured file, if either key names one. */
    public Optional<String> file() {
        return settings.apply(KEY).or(() -> settings.apply(FALLBACK_KEY));
    }

    /** @throws MissingConfiguration naming {@value #KEY} when neither key is set */
    public EnterpriseCertificates certificates() {
        Path file = Path.of(file().orElseThrow(() -> new MissingConfiguration(KEY)));
        var current = trusted;
        if (current == null || !current.caFile().equals(file)) {
            current = new EnterpriseCertificates(file);
            trusted = current;
        }
        return current;
    }
}
