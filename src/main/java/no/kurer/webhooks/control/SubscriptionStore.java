package no.kurer.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import no.kurer.webhooks.entity.Delivery;
import no.kurer.webhooks.entity.Subscription;

/** The subscriptions in the database; each method one short transaction. */
@ApplicationScoped
@Transactional
public class SubscriptionStore {

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    protected SubscriptionStore() {}

    /** Over a persistence context of the caller's (a test's). */
    public SubscriptionStore(EntityManager em) {
        this.em = em;
    }

    /** One page, by id (newest first when {@code descending}). */
    public List<Subscription> page(int offset, int size, boolean descending) {
        return em.createQuery(
                        "SELECT s FROM Subscription s ORDER BY s.id " + (descending ? "DESC" : "ASC"),
                        Subscription.class)
                .setFirstResult(offset)
                .setMaxResults(size)
                .getResultList();
    }

    public long count() {
        return em.createNamedQuery(Subscription.COUNT, Long.class).getSingleResult();
    }

    public List<Subscription> all() {
        return em.createNamedQuery(Subscription.ALL, Subscription.class).getResultList();
    }

    /** @throws UnknownSubscription */
    public Subscription find(long id) {
        Subscription subscription = em.find(Subscription.class, id);
        if (subscription == null) {
            throw new UnknownSubscription(id);
        }
        return subscription;
    }

    public Subscription add(SubscriptionRequest valid) {
        Subscription subscription =
                new Subscription(valid.name(), valid.pushEndpoint(), valid.resource(), valid.event(), valid.filter());
        em.persist(subscription);
        em.flush();
        return subscription;
    }

    /** @throws UnknownSubscription */
    public Subscription change(long id, SubscriptionRequest valid) {
        Subscription subscription = find(id);
        subscription.change(valid.name(), valid.pushEndpoint(), valid.resource(), valid.event(), valid.filter());
        return subscription;
    }

    /** The subscription and its deliveries; @throws UnknownSubscription */
    public void remove(long id) {
        Subscription subscription = find(id);
        em.createNamedQuery(Delivery.OF_SUBSCRIPTION)
                .setParameter("subscription", id)
                .executeUpdate();
        em.remove(subscription);
    }

    /** Every subscription and delivery. */
    public void removeAll() {
        em.createNamedQuery(Delivery.EVERY).executeUpdate();
        em.createQuery("DELETE FROM Subscription s").executeUpdate();
    }
}
