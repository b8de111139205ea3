package no.kurer.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each timer's {@link Round}s did, for {@code /health/ready} ({@link TimersCheck}): when it last ticked, when its
 * last round succeeded or failed and why, and whether one is running. A timer names its configured interval at every
 * tick; the gap between its last two ticks stands in when it names none, and is allowed for when longer (a tick comes
 * only after a long round ends). So a timer that stopped ticking, or a round that has run for longer than three
 * intervals, can be named, and a slow machine's long rounds do not change the interval an operator reads.
 */
public final class Rounds {

    static final int SILENT_INTERVALS = 3;

    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    void ticked(String name, Instant now, Duration configured) {
        timer(name).tick(now, configured);
    }

    void began(String name, Instant now) {
        timer(name).runningSince = now;
    }

    void ended(String name, Instant now, String failure) {
        Timer timer = timer(name);
        timer.runningSince = null;
        if (failure == null) {
            timer.lastSuccess = now;
        } else {
            timer.lastFailure = now;
            timer.failure = failure;
        }
    }

    /** Each timer's state in words, by name; {@link Report#up} false for one that is silent or stuck. */
    public Map<String, Report> report(Instant now) {
        Map<String, Report> reports = new TreeMap<>();
        timers.forEach((name, timer) -> reports.put(name, timer.report(now)));
        return reports;
    }

    private Timer timer(String name) {
        return timers.computeIfAbsent(name, n -> new Timer());
    }

    /** How one timer is doing, as an operator reads it. */
    public record Report(boolean up, String text) {}

    private static final class Timer {
        volatile Instant lastTick;
        volatile Duration interval;
        volatile Duration configured;
        volatile Instant runningSince;
        volatile Instant lastSuccess;
        volatile Instant lastFailure;
        volatile String failure;

        synchronized void tick(Instant now, Duration configured) {
            if (lastTick != null) {
                interval = Duration.between(lastTick, now);
            }
            lastTick = now;
            this.configured = configured;
        }

        Report report(Instant now) {
            Duration learnt = interval;
            Duration named = configured;
            Duration every = named != null ? named : learnt;
            Duration allowed = learnt != null && every != null && learnt.compareTo(every) > 0 ? learnt : every;
            Instant running = runningSince;
            String rounds =
                    (lastSuccess == null ? "no round has succeeded yet" : "last success " + ago(lastSuccess, now))
                            + (lastFailure != null && (lastSuccess == null || lastFailure.isAfter(lastSuccess))
                                    ? "; last round failed " + ago(lastFailure, now) + ": " + failure
                                    : "");
            if (every == null) {
                return new Report(true, rounds);
            }
            Duration limit = allowed.multipliedBy(SILENT_INTERVALS).plusSeconds(5);
            if (Duration.between(lastTick, now).compareTo(limit) > 0) {
                return new Report(
                        false,
                        "DOWN: the timer has not run for " + ago(lastTick, now).replace(" ago", "") + " (it runs every "
                                + every.toSeconds() + " s); " + rounds);
            }
            if (running != null && Duration.between(running, now).compareTo(limit) > 0) {
                return new Report(
                        false,
                        "DOWN: a round has been running since " + ago(running, now) + " (the timer runs every "
                                + every.toSeconds() + " s); " + rounds);
            }
            return new Report(true, "every " + every.toSeconds() + " s; " + rounds);
        }

        private static String ago(Instant then, Instant now) {
            return Duration.between(then, now).toSeconds() + " s ago (" + then + ")";
        }
    }
}
