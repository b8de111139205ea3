package no.kurer.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import no.kurer.configuration.InvalidConfiguration;

/**
 * The one shape of Kurer's background timers. A subclass is a {@code @Singleton @Startup @DependsOn("Migrations")}
 * bean with bean-managed concurrency that names its round, its interval key and its work. Its timer is not persistent:
 * every instance makes its own at every start, and the database claims keep instances apart. Each tick runs a
 * {@link Round} outside any transaction, then makes the next one-shot timer, due one interval after this round began
 * (at once when the round took longer), with the interval read again: a changed interval takes effect from the next
 * round. A malformed interval is logged and the last good one kept.
 */
public abstract class RoundTimer {

    @Resource
    TimerService timers;

    @Inject
    Started started;

    private final Round round;
    private final String timerName;
    private Duration every;

    /** @param roundName what the log calls a round, e.g. "Outbox round"; @param timerName the EJB timer's info */
    protected RoundTimer(String roundName, String timerName) {
        this.round = new Round(roundName, getClass());
        this.timerName = timerName;
    }

    /** The live interval, from the subclass's settings. */
    protected abstract Duration interval();

    /** Whether the feature is on now; checked at every round. */
    protected abstract boolean enabled();

    /** One round of work; it claims in the database what it works on. */
    protected abstract void work();

    @PostConstruct
    void start() {
        every = interval();
        timers.createSingleActionTimer(every.toMillis(), new TimerConfig(timerName, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        Instant began = Instant.now();
        try {
            round.run(started, every, this::enabled, this::work);
        } finally {
            scheduleAfter(began);
        }
    }

    private void scheduleAfter(Instant began) {
        try {
            every = interval();
        } catch (InvalidConfiguration e) {
            Logger.getLogger(getClass().getName()).warning(() -> e.getMessage() + " Keeping every " + every + ".");
        }
        long due = every.minus(Duration.between(began, Instant.now())).toMillis();
        timers.createSingleActionTimer(Math.max(1, due), new TimerConfig(timerName, false));
    }
}
