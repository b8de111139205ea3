package no.kurer.certificates.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
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

    private Settings settings;
    private volatile EnterpriseCertificates trusted;

    protected TrustedCas() {
        // for CDI's proxy
    }

    @Inject
    public TrustedCas(Settings settings) {
        this.settings = settings;
    }

    /** The configured file, if either key names one. */
    public Optional<String> file() {
        return settings.find(Settings.TRUSTED_CAS).or(() -> settings.find(Settings.FORMER_TRUSTED_CAS));
    }

    /** @throws MissingConfiguration naming {@code certificates.trusted-cas} when neither key is set */
    public EnterpriseCertificates certificates() {
        Path file = Path.of(file().orElseThrow(() -> new MissingConfiguration(Settings.TRUSTED_CAS.name())));
        var current = trusted;
        if (current == null || !current.caFile().equals(file)) {
            current = new EnterpriseCertificates(file);
            trusted = current;
        }
        return current;
    }
}
