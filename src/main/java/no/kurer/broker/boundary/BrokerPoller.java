package no.kurer.broker.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import no.kurer.broker.control.DpoConfiguration;
import no.kurer.broker.control.Receiving;
import no.kurer.broker.control.Sending;
import no.kurer.conversation.control.StatusMessageSending;
import no.kurer.organisation.control.Organisations;
import no.kurer.platform.Intervals;
import no.kurer.platform.RoundTimer;

/**
 * Every {@code broker.poll.interval} seconds, as every timer runs ({@link RoundTimer}): move outgoing messages along,
 * then poll the inboxes. Does nothing until Kurer acts for an organisation ({@code systemuser.org}, or one an
 * administrator added) (and with {@code dpo.enabled=false}), and
 * nothing outside while a key the role needs has no value ({@link DpoConfiguration#missing()}: fail closed,
 * {@code /health/ready} names it).
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BrokerPoller extends RoundTimer {

    private static final Logger LOG = Logger.getLogger(BrokerPoller.class.getName());

    @Inject
    DpoConfiguration config;

    @Inject
    Sending sending;

    @Inject
    Organisations organisations;

    @Inject
    Receiving receiving;

    @Inject
    StatusMessageSending statusMessages;

    @Inject
    Intervals intervals;

    private volatile List<String> reportedMissing = List.of();

    public BrokerPoller() {
        super("DPO broker round", "dpo-broker-poll");
    }

    @Override
    protected Duration interval() {
        return intervals.brokerPoll();
    }

    @Override
    protected boolean enabled() {
        return config.enabled() && !organisations.active().isEmpty();
    }

    @Override
    protected void work() {
        List<String> missing = config.missing();
        if (!missing.isEmpty()) {
            if (!missing.equals(reportedMissing)) {
                LOG.warning(() -> "DPO does no broker work until these keys have values: " + missing);
            }
            reportedMissing = missing;
            return;
        }
        reportedMissing = List.of();
        sending.work();
        statusMessages.work();
        receiving.poll();
    }
}
