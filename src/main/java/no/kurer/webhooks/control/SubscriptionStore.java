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

    /**
     * One page of those {@code user} sees ({@link Subscription#visibleTo}; null: every one), by id, newest first when
     * {@code descending}.
     */
    public List<Subscription> page(String user, int offset, int size, boolean descending) {
        var query = em.createQuery(
                "SELECT s FROM Subscription s" + visibleTo(user) + " ORDER BY s.id " + (descending ? "DESC" : "ASC"),
                Subscription.class);
        if (user != null) {
            query.setParameter("owner", user);
        }
        return query.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    public long count() {
        return em.createNamedQuery(Subscription.COUNT, Long.class).getSingleResult();
    }

    public long count(String user) {
        if (user == null) {
            return count();
        }
        return em.createQuery("SELECT COUNT(s) FROM Subscription s" + visibleTo(user), Long.class)
                .setParameter("owner", user)
                .getSingleResult();
    }

    private static String visibleTo(String user) {
        return user == null ? "" : " WHERE s.owner IS NULL OR s.owner = :owner";
    }

    public List<Subscription> all() {
        return em.createNamedQuery(Subscription.ALL, Subscription.class).getResultList();
    }

    /** @throws UnknownSubscription, also for one {@code user} does not see (null: sees every one) */
    public Subscription find(String user, long id) {
        Subscription subscription = em.find(Subscription.class, id);
        if (subscription == null || !subscription.visibleTo(user)) {
            throw new UnknownSubscription(id);
        }
        return subscription;
    }

    /** A new subscription of {@code owner} (null: made without authentication). */
    public Subscription add(SubscriptionRequest valid, String owner) {
        Subscription subscription = new Subscription(
                valid.name(), valid.pushEndpoint(), valid.resource(), valid.event(), valid.filter(), owner);
        em.persist(subscription);
        em.flush();
        return subscription;
    }

    /** @throws UnknownSubscription also for one {@code user} does not see */
    public Subscription change(String user, long id, SubscriptionRequest valid) {
        Subscription subscription = find(user, id);
        subscription.change(valid.name(), valid.pushEndpoint(), valid.resource(), valid.event(), valid.filter());
        return subscription;
    }

    /** The subscription and its deliveries; @throws UnknownSubscription also for one {@code user} does not see */
    public void remove(String user, long id) {
        Subscription subscription = find(user, id);
        em.createNamedQuery(Delivery.OF_SUBSCRIPTION)
                .setParameter("subscription", id)
                .executeUpdate();
        em.remove(subscription);
    }

    /** Every subscription {@code user} sees, with its deliveries (null: every one). */
    public void removeAll(String user) {
        if (user == null) {
            removeAll();
            return;
        }
        for (Subscription subscription : page(user, 0, Integer.MAX_VALUE, false)) {
            remove(user, subscription.id());
        }
    }

    /** Every subscription and delivery. */
    public void removeAll() {
        em.createNamedQuery(Delivery.EVERY).executeUpdate();
        em.createQuery("DELETE FROM Subscription s").executeUpdate();
    }
}
