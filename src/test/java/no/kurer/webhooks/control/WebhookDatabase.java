package no.kurer.webhooks.control;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;
import no.kurer.conversation.control.StatusRecorded;
import no.kurer.platform.Backoff;
import no.kurer.webhooks.entity.DeliveryState;
import no.kurer.webhooks.entity.Subscription;

/**
 * The webhook control classes over one test EntityManager, each call in a transaction of its own as the container
 * runs them: what the delivery tests and the persistence contracts share.
 */
final class WebhookDatabase {

    final EntityManager em;
    final Deliveries deliveries;

    WebhookDatabase(EntityManager em) {
        this.em = em;
        this.deliveries = new Deliveries(em) {
            @Override
            public List<Long> due(OffsetDateTime now, int max) {
                return tx(() -> super.due(now, max));
            }

            @Override
            public boolean claim(long id, String instance, Duration lease) {
                return tx(() -> super.claim(id, instance, lease));
            }

            @Override
            public Outgoing outgoing(long id) {
                return tx(() -> super.outgoing(id));
            }

            @Override
            public void delivered(long id) {
                tx(() -> {
                    super.delivered(id);
                    return null;
                });
            }

            @Override
            public DeliveryState failed(long id, String error, int maxAttempts, Backoff backoff) {
                return tx(() -> super.failed(id, error, maxAttempts, backoff));
            }
        };
    }

    Subscription subscribe(String endpoint, String filter) {
        return tx(() -> new SubscriptionStore(em)
                .add(new SubscriptionRequest("test", endpoint, "all", "all", filter).validated(), null));
    }

    /** The event, as the transaction that records a status fires it. */
    void record(StatusRecorded event) {
        tx(() -> {
            new StatusEvents(em).recorded(event);
            return null;
        });
    }

    List<WebhookOverview.Row> overview() {
        return tx(() -> new WebhookOverview(em).subscriptions());
    }

    /** In a transaction of its own, or in the one already open (a control method calling another, as CDI joins it). */
    <T> T tx(Supplier<T> work) {
        if (em.getTransaction().isActive()) {
            return work.get();
        }
        em.clear();
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        }
    }
}
