package no.kurer.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import no.kurer.metrics.control.Meters;
import no.kurer.platform.Backoff;
import no.kurer.platform.WorkClaim;
import no.kurer.webhooks.entity.Delivery;
import no.kurer.webhooks.entity.DeliveryState;
import no.kurer.webhooks.entity.Subscription;

/**
 * The waiting deliveries in the database: which are due, claiming one for this instance, and recording how its
 * attempt went. Each method is one short transaction of its own.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class Deliveries {

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    protected Deliveries() {}

    /** Over a persistence context of the caller's (a test's). */
    public Deliveries(EntityManager em) {
        this.em = em;
    }

    /** Due now: for each subscription only its oldest waiting delivery, so that events go out in order. */
    public List<Long> due(OffsetDateTime now, int max) {
        return em.createNamedQuery(Delivery.DUE, Long.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /** Takes the delivery for {@code lease}, unless another instance holds it or it is no longer waiting. */
    public boolean claim(long id, String instance, Duration lease) {
        return WorkClaim.take(em, Delivery.CLAIM, id, instance, lease);
    }

    /** What to send where, for a claimed delivery; null when it or its subscription is gone. */
    public Outgoing outgoing(long id) {
        Delivery delivery = em.find(Delivery.class, id);
        Subscription subscription = delivery == null ? null : em.find(Subscription.class, delivery.subscription());
        return subscription == null ? null : new Outgoing(id, subscription.pushEndpoint(), delivery.body());
    }

    /** The subscriber took it. */
    public void delivered(long id) {
        Delivery delivery = em.find(Delivery.class, id);
        if (delivery != null) {
            delivery.succeeded();
        }
    }

    /** The attempt failed: tried again after the backoff, or FAILED after {@code maxAttempts}. */
    public DeliveryState failed(long id, String error, int maxAttempts, Backoff backoff) {
        Delivery delivery = em.find(Delivery.class, id);
        if (delivery == null) {
            return null;
        }
        int failures = delivery.work().attempts() + 1;
        OffsetDateTime next = failures >= maxAttempts ? null : Delivery.now().plus(backoff.after(failures));
        delivery.failed(error, next);
        if (delivery.state() == DeliveryState.FAILED) {
            Meters.webhookDeliveryFailed();
        }
        return delivery.state();
    }

    /** One delivery to make: its id, the subscriber's endpoint and the JSON. */
    public record Outgoing(long id, String endpoint, String body) {}
}
