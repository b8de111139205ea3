package no.kurer.dpi.forwarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import no.kurer.configuration.Key;
import no.kurer.configuration.Settings;
import no.kurer.platform.Backoff;

/**
 * The keys of forwarding to corner 3, each named with its default once and read live, except the corner 3 timeouts,
 * which the transports read when they are built. Numbers below 1 count as 1.
 */
@ApplicationScoped
public class ForwardingSettings {

    public static final Key<Long> MAX_ATTEMPTS = Key.number("dpi.forward.max-attempts", 10);
    public static final Key<Long> INITIAL_BACKOFF = Key.number("dpi.forward.initial-backoff-seconds", 10);
    public static final Key<Long> MAX_BACKOFF = Key.number("dpi.forward.max-backoff-seconds", 3600);
    public static final Key<Long> CLAIM = Key.number("dpi.forward.claim-seconds", 900);
    public static final Key<Long> BATCH_SIZE = Key.number("dpi.forward.batch-size", 20);
    /** One key per receiver, the placeholder replaced by its orgno: {@link #route(String)}. */
    public static final Key<String> ROUTE = Key.text("dpi.route.<receiver orgno>");

    public static final Key<String> FORWARD_SCOPE = Key.text("dpi.c3.forward-scope", "digitalpostinnbygger:send");
    public static final Key<Long> CONNECT_TIMEOUT = Key.number("dpi.c3.connect-timeout-seconds", 10);
    public static final Key<Long> REQUEST_TIMEOUT = Key.number("dpi.c3.request-timeout-seconds", 300);

    private static final String RECEIVER = "<receiver orgno>";

    private Settings settings;

    protected ForwardingSettings() {}

    @Inject
    public ForwardingSettings(Settings settings) {
        this.settings = settings;
    }

    /** The key of one receiver, e.g. {@code dpi.route.987464291} of {@link #ROUTE}. */
    public static <T> Key<T> ofReceiver(Key<T> perReceiver, String receiverOrgno) {
        return new Key<>(
                perReceiver.name().replace(RECEIVER, receiverOrgno), perReceiver.fallback(), perReceiver.parse());
    }

    /** How hard Kurer tries now: attempts, backoff, claim and batch size as configured at this moment. */
    public ForwardingPolicy policy() {
        return new ForwardingPolicy(
                (int) atLeastOne(MAX_ATTEMPTS),
                new Backoff(seconds(INITIAL_BACKOFF), seconds(MAX_BACKOFF)),
                seconds(CLAIM),
                (int) atLeastOne(BATCH_SIZE));
    }

    /** The route key of one receiver, e.g. {@code dpi.route.987464291}. */
    public static String routeKey(String receiverOrgno) {
        return ofReceiver(ROUTE, receiverOrgno).name();
    }

    /** The configured base URL of the corner 3 serving the receiver, as written. */
    public Optional<String> route(String receiverOrgno) {
        return settings.find(ofReceiver(ROUTE, receiverOrgno));
    }

    public String forwardScope() {
        return settings.get(FORWARD_SCOPE);
    }

    public Duration connectTimeout() {
        return Duration.ofSeconds(settings.get(CONNECT_TIMEOUT));
    }

    /** For each call until corner 3's answer has arrived (a PUT's includes the upload). */
    public Duration requestTimeout() {
        return Duration.ofSeconds(settings.get(REQUEST_TIMEOUT));
    }

    private Duration seconds(Key<Long> key) {
        return Duration.ofSeconds(atLeastOne(key));
    }

    private long atLeastOne(Key<Long> key) {
        return Math.max(1, settings.get(key));
    }
}
