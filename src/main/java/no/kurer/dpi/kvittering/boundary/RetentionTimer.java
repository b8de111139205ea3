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
import no.kurer.configuration.Settings;
import no.kurer.dpi.kvittering.control.Retention;
import no.kurer.platform.Round;
import no.kurer.platform.Started;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Runs {@link Retention} every {@code dpi.retention.interval} seconds (non-persistent timer; a {@link Round}). */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RetentionTimer {

    @Resource
    TimerService timers;
    @Inject
    @ConfigProperty(name = "dpi.retention.interval", defaultValue = "3600")
    long intervalSeconds;
    @Inject
    Settings settings;
    @Inject
    Retention retention;
    @Inject
    Started started;

    private final Round round = new Round("Retention run", RetentionTimer.class);

    @PostConstruct
    void schedule() {
        long millis = Math.max(1, intervalSeconds) * 1000;
        timers.createIntervalTimer(millis, millis, new TimerConfig("dpi-retention", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void purge() {
        round.run(started, () -> settings.enabled("dpi.enabled", true), retention::purge);
    }
}
