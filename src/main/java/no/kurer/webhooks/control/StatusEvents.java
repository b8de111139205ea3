package no.kurer.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import no.kurer.conversation.control.StatusRecorded;
import no.kurer.organisation.control.Organisations;
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

    @Inject
    Organisations organisations;

    protected StatusEvents() {}

    /** Over a persistence context of the caller's (a test's). */
    public StatusEvents(EntityManager em) {
        this.em = em;
    }

    public void recorded(@Observes StatusRecorded event) {
        String body = EventBody.status(event);
        int written = 0;
        Map<String, Boolean> owners = new HashMap<>();
        for (Subscription subscription :
                em.createNamedQuery(Subscription.ALL, Subscription.class).getResultList()) {
            if (wants(subscription, event)
                    && (subscription.owner() == null
                            || owners.computeIfAbsent(subscription.owner(), owner -> actsFor(owner, event)))) {
                em.persist(new Delivery(subscription.id(), event.statusId(), body));
                written++;
            }
        }
        int count = written;
        LOG.fine(() -> "Status " + event.status() + " of " + event.messageId() + ": " + count + " webhook deliveries");
    }

    /**
     * Whether the subscription's owner acts for the organisation the event concerns (NextMove users see only their
     * organisations' messages); an event that names none, or a test's store without organisations, concerns anyone.
     */
    private boolean actsFor(String owner, StatusRecorded event) {
        return organisations == null
                || event.organisation() == null
                || organisations.readableBy(owner).contains(event.organisation());
    }

    /** Status events are of the resource {@code messages} and the event {@code status}. */
    static boolean wants(Subscription subscription, StatusRecorded event) {
        return ("all".equals(subscription.resource()) || "messages".equals(subscription.resource()))
                && ("all".equals(subscription.event()) || "status".equals(subscription.event()))
                && SubscriptionFilter.parse(subscription.filter()).matches(event);
    }
}
