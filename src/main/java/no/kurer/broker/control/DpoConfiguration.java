package no.kurer.broker.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import no.kurer.configuration.Key;
import no.kurer.configuration.MissingConfiguration;
import no.kurer.configuration.Settings;
import no.kurer.platform.Backoff;

/**
 * The DPO role's settings, each read live ({@link Settings}) when it is used: the organisation Kurer acts for
 * ({@link SystemUserTokens#ORG}), the broker resource, timeouts, retries, claims, pacing and the limits of incoming
 * files. Values only; the collaborators that use them are beans of their own.
 */
@ApplicationScoped
public class DpoConfiguration {

    public static final String BROKER_PATH = "/broker/api/v1";

    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    public static final Key<Boolean> ENABLED = Settings.DPO_ENABLED;
    public static final Key<String> RESOURCE_ID = Key.text("broker.resource-id", "eformidling-dpo-meldingsutveksling");
    public static final Key<Long> CONNECT_TIMEOUT_MS = Key.number("broker.connect-timeout-ms", 5_000);
    public static final Key<Long> READ_TIMEOUT_MS = Key.number("broker.read-timeout-ms", 60_000);
    public static final Key<Long> RETRY_FIRST_MS = Key.number("broker.retry.first-ms", 2_000);
    public static final Key<Long> SEND_MAX_ATTEMPTS = Key.number("broker.send.max-attempts", 20);
    public static final Key<Long> RECEIVE_MAX_ATTEMPTS = Key.number("broker.receive.max-attempts", 5);
    public static final Key<Long> CLAIM_SECONDS = Key.number("broker.claim-seconds", 300);
    public static final Key<Long> RATE_WINDOW_SECONDS = Key.number("broker.rate.window-seconds", 60);
    public static final Key<Long> RATE_INSTANCES = Key.number("broker.rate.instances", 1);
    public static final Key<Long> RATE_MAX_WAIT_SECONDS = Key.number("broker.rate.max-wait-seconds", 10);
    public static final Key<Long> MAX_SBD_BYTES = Key.number("dpo.max-sbd-bytes", EntryLimits.DEFAULT.maxSbdBytes());
    public static final Key<Long> MAX_FILE_BYTES =
            Key.number("dpo.max-file-bytes", EntryLimits.DEFAULT.maxPayloadBytes());
    public static final Key<Long> MAX_INFLATION_RATIO =
            Key.number("dpo.max-inflation-ratio", EntryLimits.DEFAULT.maxRatio());
    /** The most the files of one outgoing message may hold together, as efm's {@code upload-size-limit}: 1 GiB. */
    public static final Key<Long> MAX_MESSAGE_BYTES = Key.number("dpo.max-message-bytes", 1L << 30);
    /** The receivers' certificates, a PEM file ({@link ReceiverCertificates}); no default. */
    public static final Key<String> RECEIVER_CERTIFICATES = Key.text("dpo.receiver-certificates");

    private Settings settings;

    protected DpoConfiguration() {
        // for CDI
    }

    @Inject
    public DpoConfiguration(Settings settings) {
        this.settings = settings;
    }

    public long maxMessageBytes() {
        return settings.get(MAX_MESSAGE_BYTES);
    }

    public String organisation() {
        return settings.get(SystemUserTokens.ORG);
    }

    /** {@code systemuser.org}, or null when it is not set. */
    public String organisationIfSet() {
        return settings.find(SystemUserTokens.ORG).orElse(null);
    }

    /** {@code dpo.enabled}: whether the DPO role works at all (for the organisations Kurer acts for). */
    public boolean enabled() {
        return settings.get(ENABLED);
    }

    /**
     * The keys the switched-on role lacks when it acts for an organisation ({@link Settings#missingForDpo}), as the
     * broker round asks only then: while any is missing, the role does no outside work at all (no search, no download,
     * no send) and {@code /health/ready} names them.
     */
    public List<String> missing() {
        return settings.missingForDpo(true);
    }

    public String resourceId() {
        return settings.get(RESOURCE_ID);
    }

    public Duration connectTimeout() {
        return Duration.ofMillis(settings.get(CONNECT_TIMEOUT_MS));
    }

    public Duration readTimeout() {
        return Duration.ofMillis(settings.get(READ_TIMEOUT_MS));
    }

    /** How long a claim on a message or file lasts before another instance may take it over. */
    public Duration lease() {
        return Duration.ofSeconds(settings.get(CLAIM_SECONDS));
    }

    /** {@code broker.retry.first-ms}, doubling per failure, at most five minutes. */
    public Backoff backoff() {
        Duration first = Duration.ofMillis(Math.max(1, settings.get(RETRY_FIRST_MS)));
        return new Backoff(first.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : first, MAX_BACKOFF);
    }

    /** What the entries of an incoming broker file may inflate to. */
    public EntryLimits entryLimits() {
        return new EntryLimits(
                settings.get(MAX_SBD_BYTES),
                settings.get(MAX_FILE_BYTES),
                settings.get(MAX_INFLATION_RATIO).intValue());
    }

    /** How often a broker file that fails for a reason of its own is tried before it is kept FAILED. */
    public int receiveMaxAttempts() {
        return (int) Math.max(1, settings.get(RECEIVE_MAX_ATTEMPTS));
    }

    public int sendMaxAttempts() {
        return settings.get(SEND_MAX_ATTEMPTS).intValue();
    }

    /** @throws MissingConfiguration when {@code dpo.receiver-certificates} is not set */
    public Path receiverCertificates() {
        return Path.of(settings.get(RECEIVER_CERTIFICATES));
    }

    /**
     * The pacing of broker calls: {@code broker.rate.window-seconds}, {@code broker.rate.instances} (the instances
     * sharing Altinn's budget), {@code broker.rate.<call>} (Altinn's limits, {@link BrokerCall#limit()}) and
     * {@code broker.rate.max-wait-seconds}.
     */
    public BrokerPacing.Limits pacing() {
        return new BrokerPacing.Limits(
                Duration.ofSeconds(Math.max(1, settings.get(RATE_WINDOW_SECONDS))),
                call -> (int) (settings.get(call.limit()) / Math.max(1, settings.get(RATE_INSTANCES))),
                Duration.ofSeconds(Math.max(0, settings.get(RATE_MAX_WAIT_SECONDS))));
    }
}
