package no.kurer.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A local system's subscription to status events: where they are POSTed ({@code pushEndpoint}), which resource and
 * event it wants ({@code all}, {@code messages}; {@code all}, {@code status}) and its filter, as NextMove spells them.
 */
@Entity
@Table(name = "webhook_subscription")
@NamedQuery(name = Subscription.ALL, query = "SELECT s FROM Subscription s ORDER BY s.id")
@NamedQuery(name = Subscription.COUNT, query = "SELECT COUNT(s) FROM Subscription s")
public class Subscription {

    public static final String ALL = "Subscription.all";
    public static final String COUNT = "Subscription.count";

    @Id
    @SequenceGenerator(name = "webhook_seq", sequenceName = "webhook_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "push_endpoint", nullable = false)
    private String pushEndpoint;

    @Column(nullable = false)
    private String resource;

    @Column(nullable = false)
    private String event;

    private String filter;

    @Column(nullable = false)
    private OffsetDateTime created;

    /** The NextMove user that made it; null: made without authentication (or before issue 18). */
    private String owner;

    protected Subscription() {}

    public Subscription(String name, String pushEndpoint, String resource, String event, String filter) {
        this(name, pushEndpoint, resource, event, filter, null);
    }

    public Subscription(String name, String pushEndpoint, String resource, String event, String filter, String owner) {
        change(name, pushEndpoint, resource, event, filter);
        this.owner = owner;
        this.created = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Whether {@code user} (null: no authentication, anyone) sees and changes it: its owner, or any for one without. */
    public boolean visibleTo(String user) {
        return user == null || owner == null || owner.equals(user);
    }

    public String owner() {
        return owner;
    }

    /** Takes all fields as given (a partial update has merged them before). */
    public void change(String name, String pushEndpoint, String resource, String event, String filter) {
        this.name = name;
        this.pushEndpoint = pushEndpoint;
        this.resource = resource;
        this.event = event;
        this.filter = filter;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String pushEndpoint() {
        return pushEndpoint;
    }

    public String resource() {
        return resource;
    }

    public String event() {
        return event;
    }

    public String filter() {
        return filter;
    }

    public OffsetDateTime created() {
        return created;
    }
}
