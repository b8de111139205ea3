package no.kurer.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import no.kurer.platform.Instance;
import no.kurer.webhooks.entity.Delivery;
import no.kurer.webhooks.entity.DeliveryState;

/**
 * One webhook round: each due delivery is claimed in the database (so one instance sends it), POSTed outside any
 * transaction, and recorded: DELIVERED, waiting again after a backoff, or FAILED after {@code webhooks.max-attempts}.
 */
@ApplicationScoped
public class Delivering {

    /** This instance, as its claims name it. */
    private static final Logger LOG = Logger.getLogger(Delivering.class.getName());

    private static final int BATCH = 50;
    private static final int MAX_PER_ROUND = 500;

    @Inject
    Deliveries deliveries;

    @Inject
    WebhookSettings settings;

    protected Delivering() {}

    public Delivering(Deliveries deliveries, WebhookSettings settings) {
        this.deliveries = deliveries;
        this.settings = settings;
    }

    /**
     * Sends what is due, pass after pass (a subscription's next event is due once the one before it is delivered),
     * until a pass finds nothing or {@value #MAX_PER_ROUND} attempts were made.
     *
     * @return how many deliveries this round attempted
     */
    public int deliverDue() {
        Subscriber subscriber = new Subscriber(settings.timeout());
        int total = 0;
        int pass;
        do {
            pass = pass(subscriber);
            total += pass;
        } while (pass > 0 && total < MAX_PER_ROUND);
        return total;
    }

    private int pass(Subscriber subscriber) {
        int attempted = 0;
        for (long id : deliveries.due(Delivery.now(), BATCH)) {
            if (!deliveries.claim(id, Instance.ID, settings.claim())) {
                continue;
            }
            Deliveries.Outgoing outgoing = deliveries.outgoing(id);
            if (outgoing == null) {
                continue;
            }
            attempted++;
            String failure = subscriber.post(outgoing.endpoint(), outgoing.body());
            if (failure == null) {
                deliveries.delivered(id);
            } else {
                DeliveryState state = deliveries.failed(id, failure, settings.maxAttempts(), settings.backoff());
                LOG.warning(() -> "Webhook delivery " + id + " to " + outgoing.endpoint() + ": " + failure
                        + (state == DeliveryState.FAILED ? "; FAILED, no more attempts" : "; tried again later"));
            }
        }
        return attempted;
    }
}
