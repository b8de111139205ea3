package no.kurer.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import no.kurer.conversation.control.StatusRecorded;
import no.kurer.webhooks.entity.Delivery;
import no.kurer.webhooks.entity.Subscription;

/**
 * Turns each recorded status into one waiting delivery per subscription that wants it, in the transaction that
 * recorded the status: the status and its deliveries commit together, so no event is lost or sent for a status that
 * rolled back. The webhook round sends them.
 */
@ApplicationScoped
public class StatusEvents {

    private static final Logger LOG = Logger.getLogger(StatusEvents.class.getName());

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    protected StatusEvents() {}

    /** Over a persistence context of the caller's (a test's). */
    public StatusEvents(EntityManager em) {
        this.em = em;
    }

    public void recorded(@Observes StatusRecorded event) {
        String body = EventBody.status(event);
        int written = 0;
        for (Subscription subscription :
                em.createNamedQuery(Subscription.ALL, Subscription.class).getResultList()) {
            if (wants(subscription, event)) {
                em.persist(new Delivery(subscription.id(), event.statusId(), body));
                written++;
            }
        }
        int count = written;
        LOG.fine(() -> "Status " + event.status() + " of " + event.messageId() + ": " + count + " webhook deliveries");
    }

    /** Status events are of the resource {@code messages} and the event {@code status}. */
    static boolean wants(Subscription subscription, StatusRecorded event) {
        return ("all".equals(subscription.resource()) || "messages".equals(subscription.resource()))
                && ("all".equals(subscription.event()) || "status".equals(subscription.event()))
                && SubscriptionFilter.parse(subscription.filter()).matches(event);
    }
}
