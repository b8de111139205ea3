package no.kurer.sandbox.c3.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import no.kurer.sandbox.boundary.Sandbox;
import no.kurer.sandbox.c3.control.BearerTokenVerifier;
import no.kurer.sandbox.c3.control.C3AccessTokens;
import no.kurer.sandbox.c3.control.Faults;
import no.kurer.sandbox.c3.control.KvitteringDelivery;
import no.kurer.sandbox.c3.control.Kvitteringer;
import no.kurer.sandbox.c3.control.MeldingVerifier;
import no.kurer.sandbox.c3.control.Receiver;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox corner 3, built on first use from {@code sandbox.c3.*}: it verifies tokens with the sandbox
 * Maskinporten's key, signs receipts as the sandbox mailbox provider, and gets its own tokens as organisation
 * {@code sandbox.c3.orgno}. Receipts wait on the server's default {@link ManagedScheduledExecutorService}.
 */
@ApplicationScoped
public class Corner3 {

    static final String SCOPE = "digitalpostinnbygger:send";
    static final List<Duration> BACKOFF =
            List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));

    @Inject
    Sandbox sandbox;

    @Inject
    @ConfigProperty(name = "sandbox.c3.orgno", defaultValue = "924918004")
    String orgno;

    @Inject
    @ConfigProperty(name = "sandbox.c3.receipt-delay-ms", defaultValue = "2000")
    long receiptDelayMillis;

    @Inject
    @ConfigProperty(name = "sandbox.c3.refuse-first", defaultValue = "0")
    int refuseFirst;

    @Inject
    @ConfigProperty(name = "sandbox.c3.delay-ms", defaultValue = "0")
    long delayMillis;

    @Inject
    @ConfigProperty(name = "dpi.audience")
    Optional<String> dpiAudience;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private Faults faults;
    private Receiver receiver;
    private Kvitteringer kvitteringer;

    public synchronized Faults faults() {
        if (faults == null) {
            faults = new Faults(refuseFirst, delayMillis);
        }
        return faults;
    }

    public synchronized Receiver receiver() {
        if (receiver == null) {
            Clock clock = Clock.systemUTC();
            var tokens = new BearerTokenVerifier(
                    sandbox.signingKey().key().getPublicKey(), sandbox.maskinportenIssuer(), SCOPE, clock);
            receiver = new Receiver(
                    tokens,
                    new MeldingVerifier(),
                    faults(),
                    clock,
                    melding -> kvitteringer().acknowledge(melding));
        }
        return receiver;
    }

    private synchronized Kvitteringer kvitteringer() {
        if (kvitteringer == null) {
            Clock clock = Clock.systemUTC();
            String audience = dpiAudience.filter(a -> !a.isBlank()).orElse(sandbox.baseUrl() + "/dpi");
            var identity = sandbox.ca().persistentIdentity(orgno, "Sandbox Hjørne 3");
            var tokens = new C3AccessTokens(
                    sandbox.tokenEndpoint(), sandbox.maskinportenIssuer(), identity, audience, clock);
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            var delivery = new KvitteringDelivery(http, sandbox.baseUrl(), tokens, scheduler, BACKOFF);
            kvitteringer = new Kvitteringer(
                    sandbox.mailbox(),
                    delivery,
                    scheduler,
                    Duration.ofMillis(receiptDelayMillis),
                    clock,
                    (meldingsid, receipt) -> receiver().receipt(meldingsid, receipt));
        }
        return kvitteringer;
    }
}
