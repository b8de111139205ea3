package no.kurer.systemuser.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import no.kurer.configuration.Settings;
import no.kurer.platform.Intervals;
import no.kurer.platform.RoundTimer;
import no.kurer.systemuser.control.ClientDelegations;
import no.kurer.systemuser.control.Onboarding;
import no.kurer.systemuser.control.PackageChanges;

/**
 * Follows onboardings in progress: every {@code systemuser.poll.interval} seconds the due ones take their next step,
 * the clients of each accepted agent system user are read again ({@code ClientDelegations}), and each undecided change
 * request is asked for ({@code PackageChanges}),
 * as every timer runs ({@link RoundTimer}): the claim and the record each in a transaction of their own, Altinn's
 * answer awaited outside any. The state is in the database, so an onboarding resumes where it was after a restart.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SystemUserPoller extends RoundTimer {

    @Inject
    Onboarding onboarding;

    @Inject
    ClientDelegations clientDelegations;

    @Inject
    PackageChanges packageChanges;

    @Inject
    Settings settings;

    @Inject
    Intervals intervals;

    public SystemUserPoller() {
        super("System user round", "systemuser-poller");
    }

    @Override
    protected Duration interval() {
        return intervals.systemUserPoll();
    }

    @Override
    protected boolean enabled() {
        return settings.get(Settings.DPO_ENABLED);
    }

    @Override
    protected void work() {
        onboarding.advanceDue();
        clientDelegations.followAll();
        packageChanges.followPending();
    }
}
