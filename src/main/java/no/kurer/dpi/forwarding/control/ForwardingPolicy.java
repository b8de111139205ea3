package no.kurer.dpi.forwarding.control;

import java.time.Duration;
import no.kurer.platform.Backoff;

/**
 * How hard Kurer tries: attempts before a message is FEILET, the backoff between them, how long a claim holds
 * (longer than one attempt can take, or a slow upload could be claimed again by another instance), and how many
 * messages one round claims at a time. {@link ForwardingSettings#policy()} reads it from configuration.
 */
public record ForwardingPolicy(int maxAttempts, Backoff backoff, Duration claimFor, int batchSize) {}
