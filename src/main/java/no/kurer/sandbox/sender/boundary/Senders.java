package no.kurer.sandbox.sender.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import no.kurer.sandbox.boundary.Sandbox;
import no.kurer.sandbox.sender.control.SandboxSender;

/** One sandbox sender per application, so enterprise certificates are reused between sends. */
@ApplicationScoped
public class Senders {

    @Inject
    Sandbox sandbox;

    private SandboxSender sender;
    private String audience;

    synchronized SandboxSender sender(String dpiAudience) {
        if (sender == null || !dpiAudience.equals(audience)) {
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            sender = new SandboxSender(
                    http, sandbox.baseUrl(), dpiAudience, sandbox.mailbox().certificate(), Clock.systemUTC());
            audience = dpiAudience;
        }
        return sender;
    }
}
