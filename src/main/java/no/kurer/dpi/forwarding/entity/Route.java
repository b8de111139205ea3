package no.kurer.dpi.forwarding.entity;

import java.net.URI;
import java.util.Objects;

/**
 * Where a receiver's messages go: the base URL of the corner 3 serving that mailbox or print provider.
 * The REST transport calls {@code {endpoint}/sendmelding/{meldingsid}}.
 */
public record Route(String receiverOrgno, URI endpoint) {

    public Route {
        Objects.requireNonNull(receiverOrgno, "receiverOrgno");
        Objects.requireNonNull(endpoint, "endpoint");
    }

    /** The base URL without a trailing slash, as configured; also the {@code resource} Kurer's token is bound to. */
    public String baseUrl() {
        String url = endpoint.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
