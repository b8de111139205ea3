package no.kurer.dpi.kvittering.boundary;

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
import no.kurer.dpi.kvittering.control.Retention;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Runs {@link Retention} every {@code dpi.retention.interval} seconds (non-persistent timer; never overlaps itself). */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionTimer {

    private static final Logger LOG = Logger.getLogger(RetentionTimer.class.getName());

    @Resource
    TimerService timers;
    @Inject
    @ConfigProperty(name = "dpi.retention.interval", defaultValue = "3600")
    long intervalSeconds;
    @Inject
    Settings settings;
    @Inject
    Retention retention;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long millis = Math.max(1, intervalSeconds) * 1000;
        timers.createIntervalTimer(millis, millis, new TimerConfig("dpi-retention", false));
    }

    @Timeout
    void purge() {
        if (!settings.enabled("dpi.enabled", true) || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            retention.purge();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention run failed; the next run tries again", e);
        } finally {
            running.set(false);
        }
    }
}
