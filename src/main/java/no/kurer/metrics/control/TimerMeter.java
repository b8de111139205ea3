package no.kurer.metrics.control;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One background timer's metrics: how long each round took, when a round last ended well, and the timer's interval as
 * its ticks show it (the time between two ticks), so that an alert can tell a timer silent for three intervals without
 * knowing each timer's key.
 */
public final class TimerMeter {

    private static final MeterRegistry REGISTRY = Metrics.globalRegistry;
    private static final Map<String, TimerMeter> TIMERS = new ConcurrentHashMap<>();

    private final Timer rounds;
    private final AtomicLong lastSuccessMillis = new AtomicLong();
    private final AtomicLong intervalMillis = new AtomicLong();
    private volatile long lastTick;

    /**
     * The one meter of a timer, however many {@code Round}s name it (a container proxy of a timer bean builds its own).
     *
     * @param timer the label value, e.g. {@code ForwardingTimer}
     */
    public static TimerMeter of(String timer) {
        return TIMERS.computeIfAbsent(timer, TimerMeter::new);
    }

    private TimerMeter(String timer) {
        rounds = Timer.builder("kurer.timer.round").tag("timer", timer).register(REGISTRY);
        Gauge.builder("kurer.timer.last.success", lastSuccessMillis, m -> m.get() / 1000.0)
                .baseUnit("seconds")
                .description("Unix time of the last round that ended without an error")
                .tag("timer", timer)
                .strongReference(true)
                .register(REGISTRY);
        Gauge.builder("kurer.timer.interval", intervalMillis, m -> m.get() / 1000.0)
                .baseUnit("seconds")
                .description("Time between the timer's last two ticks")
                .tag("timer", timer)
                .strongReference(true)
                .register(REGISTRY);
    }

    /** The timer fired (whether or not a round then runs). */
    public void tick() {
        long now = System.currentTimeMillis();
        long previous = lastTick;
        lastTick = now;
        if (previous > 0) {
            intervalMillis.set(now - previous);
        }
    }

    public void round(Duration took, boolean succeeded) {
        rounds.record(took);
        if (succeeded) {
            lastSuccessMillis.set(System.currentTimeMillis());
        }
    }
}
