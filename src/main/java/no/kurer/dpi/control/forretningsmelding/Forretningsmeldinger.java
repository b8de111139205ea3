package no.kurer.dpi.control.forretningsmelding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import no.kurer.certificates.control.EnterpriseCertificates;
import no.kurer.certificates.control.TrustedCas;
import no.kurer.dpi.entity.Forretningsmelding;

/**
 * The application's {@link ForretningsmeldingReader}, trusting the CAs of {@link TrustedCas}. The key is looked up on
 * every read, so an administrator may set it after deployment; until then reading answers 503.
 */
@ApplicationScoped
public class Forretningsmeldinger {

    private final SchemaValidator schemas = new SchemaValidator();
    private volatile Configured configured;

    @Inject
    TrustedCas trustedCas;

    /** @see ForretningsmeldingReader#read(String) */
    public Forretningsmelding read(String compactJws) {
        return reader().read(compactJws);
    }

    ForretningsmeldingReader reader() {
        var trusted = trustedCas.certificates();
        var current = configured;
        if (current == null || current.trusted() != trusted) {
            current = new Configured(trusted, new ForretningsmeldingReader(schemas, trusted, Clock.systemUTC()));
            configured = current;
        }
        return current.reader();
    }

    private record Configured(EnterpriseCertificates trusted, ForretningsmeldingReader reader) {}
}
