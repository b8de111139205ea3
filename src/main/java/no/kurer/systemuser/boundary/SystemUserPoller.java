package no.kurer.systemuser.boundary;

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
import no.kurer.platform.Round;
import no.kurer.platform.Started;
import no.kurer.systemuser.control.Onboarding;

/**
 * Follows onboardings in progress: every {@code systemuser.poll.interval} seconds (read at startup) the due ones take
 * their next step, in a {@link Round}: the claim and the record each in a transaction of their own, Altinn's answer
 * awaited outside any. Non-persistent, since the state is in the database and the timer is made again at every start,
 * so an onboarding resumes where it was after a restart.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SystemUserPoller {

    @Resource
    TimerService timers;

    @Inject
    Settings settings;

    @Inject
    Onboarding onboarding;

    @Inject
    Started started;

    private final Round round = new Round("System user round", SystemUserPoller.class);

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, settings.number("systemuser.poll.interval", 30)) * 1000;
        timers.createIntervalTimer(interval, interval, new TimerConfig("systemuser-poller", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void poll() {
        round.run(started, () -> settings.enabled("dpo.enabled", true), onboarding::advanceDue);
    }
}
