package no.kurer.broker.boundary;

import java.util.List;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

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
import no.kurer.broker.control.DpoConfiguration;
import no.kurer.broker.control.Receiving;
import no.kurer.broker.control.Sending;
import no.kurer.platform.Round;
import no.kurer.platform.Started;

/**
 * Every {@code broker.poll.interval} seconds (non-persistent timer): move outgoing messages along, then poll the
 * inbox, as every timer runs ({@link Round}). Does nothing until {@code systemuser.org} is set (and with
 * {@code dpo.enabled=false}), and nothing outside while a key the role needs has no value
 * ({@link DpoConfiguration#missing()}: fail closed, {@code /health/ready} names it).
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BrokerPoller {

    private static final Logger LOG = Logger.getLogger(BrokerPoller.class.getName());

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "broker.poll.interval", defaultValue = "15")
    long intervalSeconds;

    @Inject
    DpoConfiguration config;

    @Inject
    Sending sending;

    @Inject
    Receiving receiving;

    @Inject
    Started started;

    private final Round round = new Round("DPO broker round", BrokerPoller.class);
    private volatile List<String> reportedMissing = List.of();

    @PostConstruct
    void schedule() {
        long millis = Math.max(1, intervalSeconds) * 1000;
        timers.createIntervalTimer(millis, millis, new TimerConfig("dpo-broker-poll", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void poll() {
        round.run(started, config::configured, () -> {
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
            receiving.poll();
        });
    }
}
