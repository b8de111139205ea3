package no.kurer.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import no.kurer.platform.WorkClaim;

/**
 * One status event for one subscription, with the JSON body fixed when the event happened. Only the oldest WAITING
 * delivery of a subscription is ever due, so a subscriber gets its events in order; an instance takes it with a
 * conditional UPDATE of its {@link WorkClaim}, so one instance sends it.
 */
@Entity
@Table(name = "webhook_delivery")
@NamedQuery(
        name = Delivery.DUE,
        query = "SELECT d.id FROM Delivery d WHERE d.state = no.kurer.webhooks.entity.DeliveryState.WAITING"
                + " AND (d.work.nextAttemptAt IS NULL OR d.work.nextAttemptAt <= :now)"
                + " AND (d.work.claimedUntil IS NULL OR d.work.claimedUntil < :now)"
                + " AND NOT EXISTS (SELECT e FROM Delivery e WHERE e.subscription = d.subscription"
                + " AND e.state = no.kurer.webhooks.entity.DeliveryState.WAITING AND e.id < d.id) ORDER BY d.id")
@NamedQuery(
        name = Delivery.CLAIM,
        query = "UPDATE Delivery d SET d.work.claimedBy = :instance, d.work.claimedUntil = :until"
                + " WHERE d.id = :id AND d.state = no.kurer.webhooks.entity.DeliveryState.WAITING"
                + " AND (d.work.claimedUntil IS NULL OR d.work.claimedUntil < :now)")
@NamedQuery(
        name = Delivery.COUNTS,
        query = "SELECT d.subscription, d.state, COUNT(d) FROM Delivery d GROUP BY d.subscription, d.state")
@NamedQuery(
        name = Delivery.LAST_ERRORS,
        query = "SELECT d.subscription, d.work.lastError FROM Delivery d WHERE d.work.lastError IS NOT NULL"
                + " ORDER BY d.id")
@NamedQuery(name = Delivery.OF_SUBSCRIPTION, query = "DELETE FROM Delivery d WHERE d.subscription = :subscription")
@NamedQuery(name = Delivery.EVERY, query = "DELETE FROM Delivery d")
public class Delivery {

    public static final String DUE = "Delivery.due";
    public static final String CLAIM = "Delivery.claim";
    public static final String COUNTS = "Delivery.counts";
    public static final String LAST_ERRORS = "Delivery.lastErrors";
    public static final String OF_SUBSCRIPTION = "Delivery.deleteOfSubscription";
    public static final String EVERY = "Delivery.deleteEvery";

    @Id
    @SequenceGenerator(name = "webhook_seq", sequenceName = "webhook_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_seq")
    private Long id;

    @Column(nullable = false)
    private long subscription;

    @Column(name = "status_id", nullable = false)
    private long statusId;

    @Column(nullable = false, length = 10000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryState state;

    @Embedded
    private WorkClaim work = new WorkClaim();

    @Column(nullable = false)
    private OffsetDateTime created;

    private OffsetDateTime delivered;

    protected Delivery() {}

    public Delivery(long subscription, long statusId, String body) {
        this.subscription = subscription;
        this.statusId = statusId;
        this.body = body;
        this.state = DeliveryState.WAITING;
        this.created = now();
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The subscriber took it. */
    public void succeeded() {
        work.succeeded();
        state = DeliveryState.DELIVERED;
        delivered = now();
    }

    /** An attempt failed: tried again at {@code next}, or, with no next, FAILED for good. */
    public void failed(String error, OffsetDateTime next) {
        work.failed(error, next);
        if (next == null) {
            state = DeliveryState.FAILED;
        }
    }

    public Long id() {
        return id;
    }

    public long subscription() {
        return subscription;
    }

    public long statusId() {
        return statusId;
    }

    public String body() {
        return body;
    }

    public DeliveryState state() {
        return state;
    }

    public WorkClaim work() {
        return work;
    }

    public OffsetDateTime deliveredAt() {
        return delivered;
    }
}
