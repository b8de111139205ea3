package no.kurer.systemuser.entity;

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
 * is claimed as every work item is, by one conditional UPDATE of its {@link WorkClaim} ({@link #CLAIM}), so two
 * instances never call Altinn for it together; the claim also puts its next attempt off until the claim lapses.
 */
@Entity
@Table(name = "systemuser_registration")
@NamedQuery(name = Registration.ALL, query = "SELECT r FROM Registration r ORDER BY r.id DESC")
@NamedQuery(
        name = Registration.DUE,
        query = "SELECT r FROM Registration r WHERE r.status IN :statuses"
                + " AND (r.work.nextAttemptAt IS NULL OR r.work.nextAttemptAt <= :now) ORDER BY r.work.nextAttemptAt")
@NamedQuery(
        name = Registration.BY_KEY,
        query = "SELECT r FROM Registration r WHERE r.systemId = :systemId"
                + " AND r.partyOrgno = :party AND r.externalRef = :externalRef")
@NamedQuery(
        name = Registration.ACCEPTED,
        query = "SELECT r FROM Registration r WHERE r.status = :status" + " ORDER BY r.updated DESC")
@NamedQuery(
        name = Registration.BY_KIND,
        query = "SELECT r FROM Registration r WHERE r.status = :status AND r.kind = :kind ORDER BY r.id")
@NamedQuery(
        name = Registration.CHANGES,
        query = "SELECT r FROM Registration r WHERE r.changeStatus = :changeStatus ORDER BY r.id")
@NamedQuery(
        name = Registration.BY_SYSTEM,
        query = "SELECT r FROM Registration r WHERE r.systemId = :systemId ORDER BY r.id")
@NamedQuery(
        name = Registration.CLAIM,
        query = "UPDATE Registration r SET r.work.claimedBy = :instance, r.work.claimedUntil = :until,"
                + " r.work.nextAttemptAt = :until, r.version = r.version + 1"
                + " WHERE r.id = :id AND r.status IN (no.kurer.systemuser.entity.OnboardingStatus.REGISTERING_SYSTEM,"
                + " no.kurer.systemuser.entity.OnboardingStatus.REQUESTING, no.kurer.systemuser.entity.OnboardingStatus.NEW)"
                + " AND (r.work.nextAttemptAt IS NULL OR r.work.nextAttemptAt <= :now)"
                + " AND (r.work.claimedUntil IS NULL OR r.work.claimedUntil < :now)")
public class Registration {

    public static final String ALL = "Registration.all";
    public static final String DUE = "Registration.due";
    public static final String BY_KEY = "Registration.byKey";
    public static final String ACCEPTED = "Registration.accepted";
    public static final String CLAIM = "Registration.claim";
    public static final String BY_KIND = "Registration.byKind";
    public static final String CHANGES = "Registration.changes";
    public static final String BY_SYSTEM = "Registration.bySystem";
    /** A change request Altinn has not decided yet (Altinn's spelling). */
    public static final String CHANGE_NEW = "New";

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

    /** An agent's delegated clients as Altinn last listed them: orgnos, space-separated; null before the first read. */
    @Column(name = "delegated_clients")
    private String delegatedClients;

    @Column(name = "clients_checked")
    private OffsetDateTime clientsChecked;

    @Column(name = "clients_error")
    private String clientsError;

    @Column(name = "change_request_id")
    private String changeRequestId;

    @Column(name = "change_status")
    private String changeStatus;

    @Column(name = "change_confirm_url")
    private String changeConfirmUrl;

    @Column(name = "change_packages")
    private String changePackages;

    @Column(name = "change_error")
    private String changeError;

    @Column(name = "change_updated")
    private OffsetDateTime changeUpdated;

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

    /** What Altinn listed now; the error cleared. */
    public void clientsListed(List<String> orgnos) {
        this.delegatedClients = String.join(" ", orgnos);
        this.clientsChecked = OffsetDateTime.now(ZoneOffset.UTC);
        this.clientsError = null;
    }

    /** Reading the clients failed: the last list stays. */
    public void clientsFailed(String error) {
        this.clientsError = trim(error);
    }

    /** The delegated clients as Altinn last listed them; empty before the first read. */
    public List<String> delegatedClients() {
        return delegatedClients == null ? List.of() : split(delegatedClients);
    }

    public OffsetDateTime clientsChecked() {
        return clientsChecked;
    }

    public String clientsError() {
        return clientsError;
    }

    /** A change request was posted (or, for a repeated correlation-id, found). */
    public void changeRequested(String id, String status, String confirmUrl, List<String> packages) {
        this.changeRequestId = id;
        this.changePackages = String.join(" ", packages);
        changeFollowed(status, confirmUrl);
    }

    /** Altinn's status of the change request now; on Accepted the packages are this system user's too. */
    public void changeFollowed(String status, String confirmUrl) {
        this.changeStatus = status;
        if (confirmUrl != null) {
            this.changeConfirmUrl = confirmUrl;
        }
        this.changeError = null;
        this.changeUpdated = OffsetDateTime.now(ZoneOffset.UTC);
        if ("Accepted".equalsIgnoreCase(status)) {
            List<String> packages = new ArrayList<>(accessPackages());
            changePackages().stream().filter(p -> !packages.contains(p)).forEach(packages::add);
            this.accessPackages = String.join(" ", packages);
        }
        this.updated = changeUpdated;
    }

    public void changeFailed(String error) {
        this.changeError = trim(error);
    }

    public String changeRequestId() {
        return changeRequestId;
    }

    public String changeStatus() {
        return changeStatus;
    }

    public String changeConfirmUrl() {
        return changeConfirmUrl;
    }

    public List<String> changePackages() {
        return changePackages == null ? List.of() : split(changePackages);
    }

    public String changeError() {
        return changeError;
    }

    public OffsetDateTime changeUpdated() {
        return changeUpdated;
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split(" ")).filter(p -> !p.isBlank()).toList();
    }

    private static String trim(String error) {
        return error == null || error.length() <= 2000 ? error : error.substring(0, 1999) + "…";
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
