package no.kurer.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * An organisation Kurer acts for besides {@code systemuser.org}, as an administrator added it: how Kurer reaches its
 * broker inbox ({@link Access}), the NextMove users that act for it, whether Altinn still lets Kurer act for it, and
 * whether it was removed. A removed organisation is neither polled nor sent for; what it received stays readable.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.ALL, query = "SELECT o FROM Organisation o ORDER BY o.orgno")
@NamedQuery(
        name = Organisation.CLIENTS_OF,
        query = "SELECT o FROM Organisation o WHERE o.agentRegistration = :registration ORDER BY o.orgno")
public class Organisation {

    public static final String ALL = "Organisation.all";
    public static final String CLIENTS_OF = "Organisation.clientsOf";

    /** STANDARD: its own system user, approved by the organisation. AGENT_CLIENT: a client of an agent system user. */
    public enum Access {
        STANDARD,
        AGENT_CLIENT
    }

    public enum State {
        ACTIVE,
        REMOVED
    }

    @Id
    private String orgno;

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Access access;

    @Column(name = "agent_registration")
    private Long agentRegistration;

    @Column(name = "nextmove_users", nullable = false)
    private String nextmoveUsers;

    @Column(nullable = false)
    private boolean authorised;

    @Column(name = "authorisation_note")
    private String authorisationNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(nullable = false)
    private OffsetDateTime created;

    @Column(nullable = false)
    private OffsetDateTime updated;

    private OffsetDateTime removed;

    @Version
    private long version;

    protected Organisation() {}

    public Organisation(String orgno, String name, Access access, Long agentRegistration, Collection<String> users) {
        this.orgno = orgno;
        this.name = name;
        this.access = access;
        this.agentRegistration = agentRegistration;
        this.nextmoveUsers = String.join(" ", users);
        this.authorised = true;
        this.state = State.ACTIVE;
        this.created = OffsetDateTime.now(ZoneOffset.UTC);
        this.updated = created;
    }

    /** Altinn lets Kurer act for it again (true), or no longer (false), with what Kurer saw. */
    public void authorised(boolean now, String note) {
        this.authorised = now;
        this.authorisationNote = note;
        this.updated = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public void remove() {
        this.state = State.REMOVED;
        this.removed = OffsetDateTime.now(ZoneOffset.UTC);
        this.updated = removed;
    }

    /** Added again after it was removed: active, with what the administrator gives now. */
    public void restore(String newName, Access newAccess, Long newAgentRegistration, Collection<String> users) {
        this.name = newName;
        this.access = newAccess;
        this.agentRegistration = newAgentRegistration;
        this.nextmoveUsers = String.join(" ", users);
        this.state = State.ACTIVE;
        this.removed = null;
        this.updated = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public void nextmoveUsers(Collection<String> users) {
        this.nextmoveUsers = String.join(" ", users);
        this.updated = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public boolean active() {
        return state == State.ACTIVE;
    }

    public String orgno() {
        return orgno;
    }

    public String name() {
        return name;
    }

    public Access access() {
        return access;
    }

    public Long agentRegistration() {
        return agentRegistration;
    }

    public List<String> nextmoveUsers() {
        return Arrays.stream(nextmoveUsers.split(" ")).filter(u -> !u.isBlank()).toList();
    }

    public boolean authorised() {
        return authorised;
    }

    public String authorisationNote() {
        return authorisationNote;
    }

    public State state() {
        return state;
    }

    public OffsetDateTime created() {
        return created;
    }

    public OffsetDateTime updated() {
        return updated;
    }

    public OffsetDateTime removed() {
        return removed;
    }
}
