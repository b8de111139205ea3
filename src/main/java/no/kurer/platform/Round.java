package no.kurer.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.kurer.metrics.control.TimerMeter;
import no.kurer.problems.Problem;

/**
 * One round of background work, the way all four timers run it: nothing before the application has {@link Started},
 * nothing while the feature is off, never two rounds of one timer at once (a tick that finds a round running is
 * skipped), and a failure is logged and ends the round, so the next tick starts afresh. The timer method itself runs
 * outside any transaction ({@code NOT_SUPPORTED}); the work claims, calls out and records in separate steps, each
 * database step in its own transaction, so no remote call is made while a transaction is open.
 */
public final class Round {

    private final String name;
    private final Logger log;
    private final AtomicBoolean running = new AtomicBoolean();
    private final TimerMeter meter;

    /** @param name what the log calls the round, e.g. "DPO broker round" */
    public Round(String name, Class<?> timer) {
        this.name = name;
        this.log = Logger.getLogger(timer.getName());
        this.meter = TimerMeter.of(timer.getSimpleName());
    }

    public void run(Started started, BooleanSupplier enabled, Runnable work) {
        run(started, null, enabled, work);
    }

    /** @param every the timer's configured interval, which {@code /health/ready} names; null to learn it from ticks */
    public void run(Started started, Duration every, BooleanSupplier enabled, Runnable work) {
        started.rounds().ticked(name, Instant.now(), every);
        meter.tick();
        if (!started.ready() || !running.compareAndSet(false, true)) {
            return;
        }
        String failure = null;
        started.rounds().began(name, Instant.now());
        long began = System.nanoTime();
        boolean succeeded = false;
        try {
            if (enabled.getAsBoolean()) {
                work.run();
            }
            succeeded = true;
        } catch (Problem e) {
            failure = e.getMessage();
            log.warning(() -> name + " stopped: " + e.getMessage());
        } catch (RuntimeException e) {
            failure = "failed unexpectedly (see the server log)";
            log.log(Level.WARNING, name + " failed; the next round tries again: " + e.getMessage(), e);
        } finally {
            running.set(false);
            started.rounds().ended(name, Instant.now(), failure);
            meter.round(Duration.ofNanos(System.nanoTime() - began), succeeded);
        }
    }
}
