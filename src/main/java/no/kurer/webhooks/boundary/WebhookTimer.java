package no.kurer.webhooks.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import no.kurer.metrics.control.Meters;
import no.kurer.platform.RoundTimer;
import no.kurer.webhooks.control.Delivering;
import no.kurer.webhooks.control.WebhookSettings;

/**
 * Sends the waiting webhook deliveries every {@code webhooks.interval-seconds}, as every timer runs
 * ({@link RoundTimer}): claims in the database, POSTs outside any transaction. The deliveries are rows, so none is
 * lost when Kurer restarts, and a claim left by a crashed instance runs out for another to take.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WebhookTimer extends RoundTimer {

    @Inject
    Delivering delivering;

    @Inject
    WebhookSettings settings;

    public WebhookTimer() {
        super("Webhook round", "webhook-timer");
        Meters.webhookDeliveriesFailed();
    }

    @Override
    protected Duration interval() {
        return settings.interval();
    }

    @Override
    protected boolean enabled() {
        return true;
    }

    @Override
    protected void work() {
        delivering.deliverDue();
    }
}
