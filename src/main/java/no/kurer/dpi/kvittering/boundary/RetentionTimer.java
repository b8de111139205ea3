package no.kurer.dpi.kvittering.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import no.kurer.configuration.Settings;
import no.kurer.dpi.kvittering.control.Retention;
import no.kurer.platform.Intervals;
import no.kurer.platform.RoundTimer;

/** Runs {@link Retention} every {@code dpi.retention.interval} seconds, as every timer runs ({@link RoundTimer}). */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RetentionTimer extends RoundTimer {

    @Inject
    Retention retention;

    @Inject
    Settings settings;

    @Inject
    Intervals intervals;

    public RetentionTimer() {
        super("Retention run", "dpi-retention");
    }

    @Override
    protected Duration interval() {
        return intervals.retention();
    }

    @Override
    protected boolean enabled() {
        return settings.get(Settings.DPI_ENABLED);
    }

    @Override
    protected void work() {
        retention.purge();
    }
}
