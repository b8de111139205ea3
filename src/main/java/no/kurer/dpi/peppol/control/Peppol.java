package no.kurer.dpi.peppol.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import no.kurer.configuration.Settings;

/**
 * Kurer's PEPPOL parts, built from configuration on first use: the SMP routing with its cache
 * ({@code dpi.smp.url} or {@code dpi.sml.zone}, {@code dpi.smp.trusted-ca-certificates}, {@code dpi.smp.cache-seconds}),
 * Kurer's AS4 credentials ({@code dpi.as4.keystore.*}, {@code dpi.as4.trusted-ca-certificates}, re-read when the files
 * are replaced on the next use after a failure), the AS4 transport and receiver.
 */
@ApplicationScoped
public class Peppol {

    @Inject
    Settings settings;

    private SmpRouting routing;

    public synchronized SmpRouting routing() {
        if (routing == null) {
            Duration timeout = Duration.ofSeconds(settings.number("dpi.smp.timeout-seconds", 10));
            HttpClient http = HttpClient.newBuilder().connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            SmpSignature signature = new SmpSignature(As4Credentials.certificates(
                    Path.of(settings.required("dpi.smp.trusted-ca-certificates"))));
            routing = new SmpRouting(new SmpClient(http, smpLocator(), signature, timeout),
                    Duration.ofSeconds(settings.number("dpi.smp.cache-seconds", 3600)), Clock.systemUTC());
        }
        return routing;
    }

    private Function<String, URI> smpLocator() {
        var fixed = settings.optional("dpi.smp.url");
        if (fixed.isPresent()) {
            URI smp = URI.create(fixed.get());
            return participant -> smp;
        }
        return new SmlLocator(settings.optional("dpi.sml.zone").orElse("edelivery.tech.ec.europa.eu."));
    }

    public As4Credentials credentials() {
        return As4Credentials.load(Path.of(settings.required("dpi.as4.keystore.path")),
                settings.required("dpi.as4.keystore.password"), settings.optional("dpi.as4.keystore.alias").orElse(null),
                Path.of(settings.required("dpi.as4.trusted-ca-certificates")));
    }

    public As4Transport transport() {
        return new As4Transport(this::credentials, (receiver, process) -> routing().endpoint(receiver, process),
                Duration.ofSeconds(settings.number("dpi.c3.connect-timeout-seconds", 10)),
                Duration.ofSeconds(settings.number("dpi.c3.request-timeout-seconds", 300)));
    }

    /** A failure's own words: a problem's detail, else its message. */
    static String describe(RuntimeException e) {
        if (e instanceof no.kurer.problems.Problem problem && problem.detail() != null) {
            return problem.detail();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    public TransportChoice choice() {
        return new TransportChoice(settings::optional);
    }
}
