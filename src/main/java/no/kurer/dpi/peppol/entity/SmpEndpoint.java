package no.kurer.dpi.peppol.entity;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.Objects;

/** An AS4 endpoint an SMP publishes for a receiver, document type and process: the URL and the access point's certificate. */
public record SmpEndpoint(URI url, X509Certificate certificate) {

    public SmpEndpoint {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(certificate, "certificate");
    }
}
