package no.kurer.broker.control;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.rest.client.RestClientBuilder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.kurer.configuration.MissingConfiguration;
import no.kurer.configuration.Settings;
import no.kurer.configuration.Storage;
import no.kurer.certificates.control.CertificateOrgno;
import no.kurer.certificates.control.EnterpriseCertificates;
import no.kurer.certificates.control.TrustedCas;
import no.kurer.maskinporten.control.EnterpriseKeystore;
import no.kurer.maskinporten.control.KurerKeys;
import no.kurer.platform.Backoff;

/**
 * The DPO role's configuration, read live ({@link Settings}): the organisation Kurer acts for ({@code systemuser.org}),
 * {@code broker.resource-id}, {@code storage.dir}, and the broker client for {@code altinn.base-url} with
 * {@code broker.connect-timeout-ms} / {@code broker.read-timeout-ms}, rebuilt when the base URL changes; for the
 * payload, Kurer's enterprise certificate ({@code maskinporten.keystore.*}), the receivers' certificates
 * ({@code dpo.receiver-certificates}) and the CAs signers must chain to ({@code certificates.trusted-cas}).
 */
@ApplicationScoped
public class DpoConfiguration {

    public static final String BROKER_PATH = "/broker/api/v1";
    /** This process among several on one database. */
    public static final String INSTANCE = UUID.randomUUID().toString();

    @Inject
    Settings settings;

    @Inject
    BrokerTokens tokens;

    @Inject
    KurerKeys keys;

    @Inject
    TrustedCas trustedCas;

    private String builtFor;
    private Broker broker;
    private ReceiverCertificates receivers;
    private BrokerPacing pacing;

    public String organisation() {
        return settings.required(SystemUserTokens.ORG);
    }

    public boolean configured() {
        return settings.enabled("dpo.enabled", true) && settings.optional(SystemUserTokens.ORG).isPresent();
    }

    /**
     * The keys the switched-on role lacks ({@link Settings#missingForDpo()}): while any is missing, the role does no
     * outside work at all (no search, no download, no send) and {@code /health/ready} names them.
     */
    public List<String> missing() {
        return settings.missingForDpo();
    }

    public String resourceId() {
        return settings.optional("broker.resource-id").orElse("eformidling-dpo-meldingsutveksling");
    }

    public DpoFiles files() {
        return new DpoFiles(Path.of(settings.get(Storage.DIR)));
    }

    public StandardBusinessDocuments documents() {
        return new StandardBusinessDocuments(Clock.systemUTC());
    }

    /** How long a claim on a message or file lasts before another instance may take it over. */
    public Duration lease() {
        return Duration.ofSeconds(settings.number("broker.claim-seconds", 300));
    }

    /** {@code broker.retry.first-ms} (2000), doubling per failure, at most five minutes. */
    public Backoff backoff() {
        Duration first = Duration.ofMillis(Math.max(1, settings.number("broker.retry.first-ms", 2_000)));
        return new Backoff(first.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : first, MAX_BACKOFF);
    }

    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    /**
     * What the entries of an incoming broker file may inflate to: {@code dpo.max-sbd-bytes} (2 MiB),
     * {@code dpo.max-file-bytes} (2 GiB) and {@code dpo.max-inflation-ratio} (100).
     */
    public EntryLimits entryLimits() {
        EntryLimits d = EntryLimits.DEFAULT;
        return new EntryLimits(settings.number("dpo.max-sbd-bytes", d.maxSbdBytes()),
                settings.number("dpo.max-file-bytes", d.maxPayloadBytes()),
                (int) settings.number("dpo.max-inflation-ratio", d.maxRatio()));
    }

    /** How often a broker file that fails for a reason of its own is tried before it is kept FAILED. */
    public int receiveMaxAttempts() {
        return (int) Math.max(1, settings.number("broker.receive.max-attempts", 5));
    }

    public int maxAttempts() {
        return (int) settings.number("broker.send.max-attempts", 20);
    }

    /**
     * The receivers' certificates ({@code dpo.receiver-certificates}, a PEM file).
     *
     * @throws MissingConfiguration when the key is not set
     */
    public synchronized ReceiverCertificates receiverCertificates() {
        Path file = Path.of(settings.required(ReceiverCertificates.KEY));
        if (receivers == null || !receivers.file().equals(file)) {
            receivers = new ReceiverCertificates(file, CertificateOrgno::of, Clock.systemUTC());
        }
        return receivers;
    }

    /**
     * Kurer's payload sealer and opener: its enterprise certificate ({@code maskinporten.keystore.*}) signs and
     * decrypts; signers of incoming payloads must chain to the CAs of {@link TrustedCas}
     * ({@code certificates.trusted-cas}).
     */
    public DpoPayload payload() {
        EnterpriseKeystore own = keys.enterpriseKeystore();
        EnterpriseCertificates trust = trustedCas.certificates();
        return new DpoPayload(own.privateKey(), own.chain(), chain -> trust.verify(chain, Instant.now()));
    }

    /**
     * The one pacing of this process's broker calls, reading {@code broker.rate.window-seconds} (60),
     * {@code broker.rate.instances} (1: the instances sharing Altinn's budget), {@code broker.rate.<call>} (Altinn's
     * limits, {@link BrokerCall}) and {@code broker.rate.max-wait-seconds} (10) anew each round.
     */
    synchronized BrokerPacing pacing() {
        BrokerPacing.Limits limits = new BrokerPacing.Limits(
                Duration.ofSeconds(Math.max(1, settings.number("broker.rate.window-seconds", 60))),
                call -> (int) (settings.number("broker.rate." + call.key(), call.perMinute())
                        / Math.max(1, settings.number("broker.rate.instances", 1))),
                Duration.ofSeconds(Math.max(0, settings.number("broker.rate.max-wait-seconds", 10))));
        if (pacing == null) {
            pacing = new BrokerPacing(limits, Clock.systemUTC());
        } else {
            pacing.limits(limits);
        }
        return pacing;
    }

    public synchronized Broker broker() {
        String base = settings.required("altinn.base-url");
        BrokerPacing paced = pacing();
        if (broker == null || !base.equals(builtFor)) {
            String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
            BrokerApi api = RestClientBuilder.newBuilder().baseUri(URI.create(root + BROKER_PATH))
                    .connectTimeout(settings.number("broker.connect-timeout-ms", 5_000), TimeUnit.MILLISECONDS)
                    .readTimeout(settings.number("broker.read-timeout-ms", 60_000), TimeUnit.MILLISECONDS)
                    .property("jersey.config.client.request.entity.processing", "CHUNKED")
                    .build(BrokerApi.class);
            broker = new Broker(api, tokens::token, paced);
            builtFor = base;
        }
        return broker;
    }
}
