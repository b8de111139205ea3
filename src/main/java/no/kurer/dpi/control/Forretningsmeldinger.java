package no.kurer.dpi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import no.kurer.configuration.MissingConfiguration;
import no.kurer.dpi.entity.Forretningsmelding;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The application's {@link ForretningsmeldingReader}, trusting the CA certificates in {@code dpi.trusted-ca-certificates}.
 * The key is looked up on every read, so an administrator may set it after deployment; until then reading answers 503.
 */
@ApplicationScoped
public class Forretningsmeldinger {

    static final String TRUSTED_CA_CERTIFICATES = "dpi.trusted-ca-certificates";

    private final SchemaValidator schemas = new SchemaValidator();
    private volatile Configured configured;

    @Inject
    @ConfigProperty(name = TRUSTED_CA_CERTIFICATES)
    Provider<Optional<String>> trustedCaCertificates;

    /** @see ForretningsmeldingReader#read(String) */
    public Forretningsmelding read(String compactJws) {
        return reader().read(compactJws);
    }

    /**
     * The CA certificates in {@code dpi.trusted-ca-certificates} that enterprise certificates must chain to, loaded
     * once per path (DPO payload signers are checked against the same CAs).
     *
     * @throws MissingConfiguration when the key is not set
     */
    public EnterpriseCertificates trustedCertificates() {
        return configured().trusted();
    }

    ForretningsmeldingReader reader() {
        return configured().reader();
    }

    private Configured configured() {
        var path = trustedCaCertificates.get().map(String::strip).filter(p -> !p.isEmpty())
                .orElseThrow(() -> new MissingConfiguration(TRUSTED_CA_CERTIFICATES));
        var current = configured;
        if (current == null || !current.path().equals(path)) {
            var trusted = new EnterpriseCertificates(Path.of(path));
            current = new Configured(path, trusted, new ForretningsmeldingReader(schemas, trusted, Clock.systemUTC()));
            configured = current;
        }
        return current;
    }

    private record Configured(String path, EnterpriseCertificates trusted, ForretningsmeldingReader reader) {
    }
}
