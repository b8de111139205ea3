package no.kurer.dpi.forwarding.control;

import java.time.Duration;
import no.kurer.configuration.Settings;
import no.kurer.platform.Backoff;

/**
 * How hard Kurer tries: attempts before a message is FEILET, the backoff between them, how long a claim holds
 * (longer than one attempt can take, or a slow upload could be claimed again by another instance), and how many
 * messages one round claims at a time.
 */
public record ForwardingPolicy(int maxAttempts, Backoff backoff, Duration claimFor, int batchSize) {

    public static ForwardingPolicy from(Settings settings) {
        return new ForwardingPolicy(
                (int) Math.max(1, settings.number("dpi.forward.max-attempts", 10)),
                new Backoff(Duration.ofSeconds(Math.max(1, settings.number("dpi.forward.initial-backoff-seconds", 10))),
                        Duration.ofSeconds(Math.max(1, settings.number("dpi.forward.max-backoff-seconds", 3600)))),
                Duration.ofSeconds(Math.max(1, settings.number("dpi.forward.claim-seconds", 900))),
                (int) Math.max(1, settings.number("dpi.forward.batch-size", 20)));
    }
}
