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
import no.kurer.configuration.Settings;
import no.kurer.dpi.forwarding.control.Forwarding;
import no.kurer.platform.Round;
import no.kurer.platform.Started;

/**
 * Works the outbox every {@code dpi.forward.interval-seconds} on this instance. The timer is not persistent: every
 * instance starts its own, and the database claims keep them apart. Rounds run as every timer's do ({@link Round}).
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ForwardingTimer {

    @Resource
    TimerService timers;
    @Inject
    Forwarding forwarding;
    @Inject
    Settings settings;
    @Inject
    Started started;

    private final Round round = new Round("Outbox round", ForwardingTimer.class);

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, settings.number("dpi.forward.interval-seconds", 5)) * 1000;
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void forwardDue() {
        round.run(started, () -> settings.enabled("dpi.enabled", true), forwarding::forwardDue);
    }
}
