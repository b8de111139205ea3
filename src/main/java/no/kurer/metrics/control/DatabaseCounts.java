package no.kurer.metrics.control;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.kurer.broker.entity.Direction;
import no.kurer.broker.entity.DpoState;
import no.kurer.conversation.entity.StatusMessage;
import no.kurer.dpi.entity.MessageState;
import no.kurer.systemuser.entity.OnboardingStatus;

/**
 * Whether Kurer is ready ({@code /health/ready}), and the gauges only the database can count, counted at most once
 * per interval and shared by every scrape within it: letters by state and the age of the oldest one waiting for
 * corner 3, receipts not yet read, DPO messages by direction and state, incoming files that failed, the eFormidling
 * status messages owed to senders by state, system-user
 * onboardings by status. A failed count keeps the last values (and
 * is logged, and Kurer counts as not ready), so one database hiccup does not empty the dashboard.
 */
@ApplicationScoped
public class DatabaseCounts {

    private static final Logger LOG = Logger.getLogger(DatabaseCounts.class.getName());

    @Inject
    MetricsQueries queries;

    private volatile Map<String, Double> counts = Map.of();
    private volatile Instant counted = Instant.EPOCH;

    /** Registers one gauge per known state, so every series exists (0) before its first message. */
    void register(MeterRegistry registry) {
        for (MessageState state : MessageState.values()) {
            gauge(registry, "kurer.dpi.messages", MetricsQueries.dpi(state.name()), Tags.of("state", state.name()));
        }
        gauge(registry, "kurer.ready", MetricsQueries.READY, Tags.empty());
        gauge(registry, "kurer.dpi.outbox.oldest.age.seconds", MetricsQueries.OLDEST_WAITING, Tags.empty());
        gauge(registry, "kurer.dpi.receipts.unread", MetricsQueries.UNREAD, Tags.empty());
        for (Direction direction : Direction.values()) {
            for (DpoState state : DpoState.values()) {
                gauge(
                        registry,
                        "kurer.dpo.messages",
                        MetricsQueries.dpo(direction.name(), state.name()),
                        Tags.of("direction", direction.name(), "state", state.name()));
            }
        }
        gauge(registry, "kurer.dpo.files.failed", MetricsQueries.FILES_FAILED, Tags.empty());
        for (StatusMessage.State state : StatusMessage.State.values()) {
            gauge(
                    registry,
                    "kurer.dpo.status.messages",
                    MetricsQueries.statusMessages(state.name()),
                    Tags.of("state", state.name()));
        }
        for (OnboardingStatus status : OnboardingStatus.values()) {
            gauge(
                    registry,
                    "kurer.systemuser.registrations",
                    MetricsQueries.systemUser(status.name()),
                    Tags.of("status", status.label()));
        }
    }

    private void gauge(MeterRegistry registry, String name, String key, Tags tags) {
        Gauge.builder(name, this, self -> self.counts.getOrDefault(key, 0.0))
                .tags(tags)
                .register(registry);
    }

    private static Map<String, Double> with(Map<String, Double> counts, String key, double value) {
        Map<String, Double> copy = new HashMap<>(counts);
        copy.put(key, value);
        return copy;
    }

    /** Counts again when the last count is older than {@code interval}; one caller counts, the others wait for it. */
    synchronized void refreshIfStale(Duration interval) {
        Instant now = Instant.now();
        if (counted.plus(interval).isAfter(now)) {
            return;
        }
        try {
            counts = queries.count(now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Kurer could not count its messages for the metrics; the last counts stay", e);
            counts = with(counts, MetricsQueries.READY, 0.0);
        }
        counted = now;
    }
}
