package no.kurer.dpi.peppol.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import no.kurer.dpi.forwarding.control.ForwardingSettings;

/**
 * Kurer's PEPPOL parts, built from configuration on first use: the SMP routing with its cache
 * ({@code dpi.smp.url} or {@code dpi.sml.zone}, {@code dpi.smp.trusted-ca-certificates}, {@code dpi.smp.cache-seconds}),
 * and the AS4 transport, whose credentials ({@code dpi.as4.keystore.*}, {@code dpi.as4.trusted-ca-certificates}) are
 * re-read on every message, so replaced files are used on the next attempt.
 */
@ApplicationScoped
public class Peppol {

    @Inject
    PeppolSettings settings;

    @Inject
    ForwardingSettings forwarding;

    private SmpRouting routing;

    public synchronized SmpRouting routing() {
        if (routing == null) {
            Duration timeout = settings.smpTimeout();
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
            SmpSignature signature = new SmpSignature(As4Credentials.certificates(settings.smpTrustedCas()));
            routing = new SmpRouting(
                    new SmpClient(http, smpLocator(), signature, timeout), settings.smpCacheTime(), Clock.systemUTC());
        }
        return routing;
    }

    private Function<String, URI> smpLocator() {
        Optional<String> fixed = settings.smpUrl();
        if (fixed.isPresent()) {
            URI smp = URI.create(fixed.get());
            return participant -> smp;
        }
        return new SmlLocator(settings.smlZone());
    }

    public As4Transport transport() {
        return new As4Transport(
                settings::as4Credentials,
                (receiver, process) -> routing().endpoint(receiver, process),
                forwarding.connectTimeout(),
                forwarding.requestTimeout());
    }
}
