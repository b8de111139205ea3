package no.kurer.dpi.forwarding.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import no.kurer.configuration.Settings;
import no.kurer.dpi.forwarding.control.Forwarding;
import no.kurer.platform.Intervals;
import no.kurer.platform.RoundTimer;

/**
 * Works the outbox every {@code dpi.forward.interval-seconds} on this instance, as every timer runs
 * ({@link RoundTimer}): every instance has its own timer, and the database claims keep them apart.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ForwardingTimer extends RoundTimer {

    @Inject
    Forwarding forwarding;

    @Inject
    Settings settings;

    @Inject
    Intervals intervals;

    public ForwardingTimer() {
        super("Outbox round", "dpi-forwarding");
    }

    @Override
    protected Duration interval() {
        return intervals.forwarding();
    }

    @Override
    protected boolean enabled() {
        return settings.get(Settings.DPI_ENABLED);
    }

    @Override
    protected void work() {
        forwarding.forwardDue();
    }
}
