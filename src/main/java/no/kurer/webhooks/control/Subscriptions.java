package no.kurer.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import no.kurer.webhooks.entity.Subscription;

/**
 * What {@code /api/subscriptions} does: validates a subscription, pings its endpoint before it is saved (at create,
 * and when a change moves it elsewhere), and keeps it. The ping is sent outside any transaction.
 */
@ApplicationScoped
public class Subscriptions {

    @Inject
    SubscriptionStore store;

    @Inject
    WebhookSettings settings;

    protected Subscriptions() {}

    public Subscriptions(SubscriptionStore store, WebhookSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** @throws InvalidSubscription, InvalidPushEndpoint, InvalidFilter, PingFailed */
    public Subscription create(SubscriptionRequest request) {
        return create(request, null);
    }

    /** A subscription of {@code owner}, told only of its organisations' events (null: of every event). */
    public Subscription create(SubscriptionRequest request, String owner) {
        SubscriptionRequest valid = request.validated();
        ping(valid.pushEndpoint());
        return store.add(valid, owner);
    }

    /** A partial update; @throws UnknownSubscription, InvalidSubscription, InvalidPushEndpoint, InvalidFilter, PingFailed */
    public Subscription update(long id, SubscriptionRequest request) {
        return update(null, id, request);
    }

    /** As {@link #update(long, SubscriptionRequest)}, of a subscription {@code user} sees. */
    public Subscription update(String user, long id, SubscriptionRequest request) {
        Subscription current = store.find(user, id);
        SubscriptionRequest valid = request.over(current).validated();
        if (!Objects.equals(valid.pushEndpoint(), current.pushEndpoint())) {
            ping(valid.pushEndpoint());
        }
        return store.change(user, id, valid);
    }

    private void ping(String endpoint) {
        String failure = new Subscriber(settings.timeout()).post(endpoint, EventBody.ping(EventBody.now()));
        if (failure != null) {
            throw new PingFailed(endpoint, failure);
        }
    }
}
