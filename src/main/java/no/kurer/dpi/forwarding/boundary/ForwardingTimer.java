package no.kurer.dpi.forwarding.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.kurer.configuration.Settings;
import no.kurer.dpi.forwarding.control.Forwarding;

/**
 * Works the outbox every {@code dpi.forward.interval-seconds} on this instance. The timer is not persistent: every
 * instance starts its own, and the database claims keep them apart. A round still running when the next is due is
 * not overlapped; the tick is skipped.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ForwardingTimer {

    private static final Logger LOG = Logger.getLogger(ForwardingTimer.class.getName());

    @Resource
    TimerService timers;
    @Inject
    Forwarding forwarding;
    @Inject
    Settings settings;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, settings.number("dpi.forward.interval-seconds", 5)) * 1000;
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void forwardDue() {
        if (!settings.enabled("dpi.enabled", true) || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            forwarding.forwardDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox round failed; the next round tries again", e);
        } finally {
            running.set(false);
        }
    }
}
