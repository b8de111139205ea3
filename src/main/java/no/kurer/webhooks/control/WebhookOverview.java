package no.kurer.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kurer.webhooks.entity.Delivery;
import no.kurer.webhooks.entity.DeliveryState;
import no.kurer.webhooks.entity.Subscription;

/** What the administrator sees of the webhooks: each subscription with its delivery counts and its last error. */
@ApplicationScoped
@Transactional
public class WebhookOverview {

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    protected WebhookOverview() {}

    /** Over a persistence context of the caller's (a test's). */
    public WebhookOverview(EntityManager em) {
        this.em = em;
    }

    public List<Row> subscriptions() {
        Map<Long, Map<DeliveryState, Long>> counts = new HashMap<>();
        for (Object[] row : em.createNamedQuery(Delivery.COUNTS, Object[].class).getResultList()) {
            counts.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashMap<>())
                    .put((DeliveryState) row[1], ((Number) row[2]).longValue());
        }
        Map<Long, String> lastErrors = new HashMap<>();
        for (Object[] row :
                em.createNamedQuery(Delivery.LAST_ERRORS, Object[].class).getResultList()) {
            lastErrors.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return em.createNamedQuery(Subscription.ALL, Subscription.class).getResultList().stream()
                .map(s -> {
                    Map<DeliveryState, Long> c = counts.getOrDefault(s.id(), Map.of());
                    return new Row(
                            s.id(),
                            s.name(),
                            s.pushEndpoint(),
                            s.filter(),
                            c.getOrDefault(DeliveryState.DELIVERED, 0L),
                            c.getOrDefault(DeliveryState.WAITING, 0L),
                            c.getOrDefault(DeliveryState.FAILED, 0L),
                            lastErrors.get(s.id()));
                })
                .toList();
    }

    /** One subscription as the admin page lists it; {@code lastError} is that of its latest delivery that had one. */
    public record Row(
            long id,
            String name,
            String pushEndpoint,
            String filter,
            long delivered,
            long waiting,
            long failed,
            String lastError) {}
}
