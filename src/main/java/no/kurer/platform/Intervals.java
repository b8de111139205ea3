package no.kurer.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import no.kurer.configuration.Key;
import no.kurer.configuration.Settings;

/**
 * How often each background timer starts a round, in seconds (at least one). Read live: a {@link RoundTimer} reads
 * its interval again after every round, so a new value takes effect from the next round without a redeploy.
 */
@ApplicationScoped
public class Intervals {

    public static final Key<Long> BROKER_POLL = Key.number("broker.poll.interval", 15);
    public static final Key<Long> FORWARDING = Key.number("dpi.forward.interval-seconds", 5);
    public static final Key<Long> RETENTION = Key.number("dpi.retention.interval", 3600);
    public static final Key<Long> SYSTEM_USER_POLL = Key.number("systemuser.poll.interval", 30);
    public static final Key<Long> CONVERSATION_EXPIRY = Key.number("dpo.expiry-interval-seconds", 30);

    private Settings settings;

    protected Intervals() {}

    @Inject
    public Intervals(Settings settings) {
        this.settings = settings;
    }

    public Duration brokerPoll() {
        return seconds(BROKER_POLL);
    }

    public Duration forwarding() {
        return seconds(FORWARDING);
    }

    public Duration retention() {
        return seconds(RETENTION);
    }

    public Duration systemUserPoll() {
        return seconds(SYSTEM_USER_POLL);
    }

    public Duration conversationExpiry() {
        return seconds(CONVERSATION_EXPIRY);
    }

    private Duration seconds(Key<Long> key) {
        return Duration.ofSeconds(Math.max(1, settings.get(key)));
    }
}
