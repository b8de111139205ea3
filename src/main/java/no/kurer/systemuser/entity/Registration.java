package no.kurer.systemuser.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.kurer.platform.WorkClaim;

/**
 * One system user onboarding: the system ({@code <vendor orgno>_<name>}), the customer ({@code party_orgno}) and the
 * request's {@code externalRef}, Altinn's request id and confirm link once it exists, and where it stands. Work on it
 * is claimed as every work item is, by one conditional UPDATE of its {@link WorkClaim} ({@link RegistrationQueries#CLAIM}), so two
 * instances never call Altinn for it together; the claim also puts its next attempt off until the claim lapses.
 */
@Entity
@Table(name = "systemuser_registration")
public class Registration extends RegistrationQueries {

    /** STANDARD: a system user the customer approves for itself. AGENT: a service provider's, for its clients. */
    public enum Kind {
        STANDARD,
        AGENT
    }

    @Id
    @SequenceGenerator(
            name = "systemuser_registration_seq",
            sequenceName = "systemuser_registration_seq",
            allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "systemuser_registration_seq")
    private Long id;

    @Column(name = "system_id", nullable = false)
    private String systemId;

    @Column(name = "vendor_orgno", nullable = false)
    private String vendorOrgno;

    @Column(name = "party_orgno", nullable = false)
    private String partyOrgno;

    @Column(name = "external_ref", nullable = false)
    private String externalRef;

    @Column(name = "client_id", nullable = false)
    private String clientId;

    @Column(name = "access_packages", nullable = false)
    private String accessPackages;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OnboardingStatus status;

    @Column(name = "request_id")
    private String requestId;

    @Column(name = "confirm_url")
    private String confirmUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind = Kind.STANDARD;

    /** Altinn's id of the system user, once known (an agent's, for its client delegations). */
    @Column(name = "system_user_id")
    private String systemUserId;

    @Embedded
    private AgentClients clients = new AgentClients();

    @Embedded
    private PackageChange change = new PackageChange();

    @Embedded
    private WorkClaim work = new WorkClaim();

    @Column(nullable = false)
    private OffsetDateTime created;

    @Column(nullable = false)
    private OffsetDateTime updated;

    @Version
    private long version;

    protected Registration() {}

    public Registration(
            String systemId,
            String vendorOrgno,
            String partyOrgno,
            String externalRef,
            String clientId,
            List<String> accessPackages) {
        this.systemId = systemId;
        this.vendorOrgno = vendorOrgno;
        this.partyOrgno = partyOrgno;
        this.externalRef = externalRef;
        this.clientId = clientId;
        this.accessPackages = String.join(" ", accessPackages);
        this.status = OnboardingStatus.REGISTERING_SYSTEM;
        this.created = OffsetDateTime.now(ZoneOffset.UTC);
        this.updated = created;
        work.postpone(created);
    }

    /** Moves on; records the error of a failed attempt (or clears it), and when to try next (null: never). */
    public void moveTo(OnboardingStatus next, String error, Instant retryAt) {
        this.status = next;
        OffsetDateTime due = retryAt == null ? null : retryAt.atOffset(ZoneOffset.UTC);
        if (error == null) {
            work.reset(due);
        } else {
            work.failed(error, due);
        }
        this.updated = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public void requested(String newRequestId, String newConfirmUrl) {
        this.requestId = newRequestId;
        this.confirmUrl = newConfirmUrl;
    }

    /** Claims the next attempt: nobody else tries before {@code until}. */
    public Long id() {
        return id;
    }

    public String systemId() {
        return systemId;
    }

    public String vendorOrgno() {
        return vendorOrgno;
    }

    public String partyOrgno() {
        return partyOrgno;
    }

    public String externalRef() {
        return externalRef;
    }

    public String clientId() {
        return clientId;
    }

    public List<String> accessPackages() {
        return Arrays.stream(accessPackages.split(" "))
                .filter(p -> !p.isBlank())
                .toList();
    }

    public OnboardingStatus status() {
        return status;
    }

    public String requestId() {
        return requestId;
    }

    public String confirmUrl() {
        return confirmUrl;
    }

    public Kind kind() {
        return kind;
    }

    /** Makes this an agent onboarding (before it is stored). */
    public Registration asAgent() {
        this.kind = Kind.AGENT;
        return this;
    }

    public String systemUserId() {
        return systemUserId;
    }

    public void systemUserId(String id) {
        this.systemUserId = id;
    }

    public AgentClients clients() {
        if (clients == null) {
            clients = new AgentClients();
        }
        return clients;
    }

    /** The latest change request; its {@code requestId} null when there was none. */
    public PackageChange change() {
        if (change == null) {
            change = new PackageChange();
        }
        return change;
    }

    /** Adds the access packages it does not hold yet (a change request's, once Accepted). */
    public void addAccessPackages(List<String> more) {
        List<String> packages = new ArrayList<>(accessPackages());
        more.stream().filter(p -> !packages.contains(p)).forEach(packages::add);
        this.accessPackages = String.join(" ", packages);
        this.updated = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public WorkClaim work() {
        return work;
    }

    public OffsetDateTime created() {
        return created;
    }

    public OffsetDateTime updated() {
        return updated;
    }

    public long version() {
        return version;
    }
}
