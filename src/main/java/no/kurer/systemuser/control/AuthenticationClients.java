package no.kurer.systemuser.control;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Builds {@link AltinnAuthenticationClient}s by hand, with the timeouts {@link SystemUserSettings} reads live: one on
 * {@code altinn.base-url}'s API, kept while it stays the same, and one on each {@code links.next} of a client list,
 * closed once its page is read.
 */
final class AuthenticationClients {

    private AuthenticationClients() {}

    static AltinnAuthenticationClient on(URI base, SystemUserSettings settings) {
        return RestClientBuilder.newBuilder()
                .baseUri(base)
                .connectTimeout(settings.apiConnectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.apiReadTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(AltinnAuthenticationClient.class);
    }

    /** MicroProfile Rest Client proxies are closeable; one that does not close cleanly has nothing left to give. */
    static void close(AltinnAuthenticationClient client) {
        try {
            ((AutoCloseable) client).close();
        } catch (Exception e) {
            // nothing to do
        }
    }
}
