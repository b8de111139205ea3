package no.kurer.systemuser.boundary;

import java.util.concurrent.atomic.AtomicBoolean;

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
import jakarta.inject.Inject;
import no.kurer.configuration.Settings;
import no.kurer.systemuser.control.Onboarding;

/**
 * Follows onboardings in progress: every {@code systemuser.poll.interval} seconds (read at startup) the due ones take
 * their next step. Never overlaps itself; non-persistent, since the state is in the database and the timer is made
 * again at every start, so an onboarding resumes where it was after a restart.
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

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, settings.number("systemuser.poll.interval", 30)) * 1000;
        timers.createIntervalTimer(interval, interval, new TimerConfig("systemuser-poller", false));
    }

    @Timeout
    void poll() {
        if (!settings.enabled("dpo.enabled", true) || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            onboarding.advanceDue();
        } finally {
            running.set(false);
        }
    }
}
