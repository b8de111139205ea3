package no.kurer.broker.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import no.kurer.platform.WorkClaim;

/**
 * A broker file transfer taken from the inbox. Inserting it is the claim (its id is the primary key, so one instance
 * wins); its {@link WorkClaim}'s {@code claimedUntil} lets another instance take over a file whose claimant died
 * mid-fetch.
 */
@Entity
@Table(name = "dpo_incoming_transfer")
@NamedQuery(
        name = IncomingTransfer.UNCONFIRMED,
        query = "SELECT t FROM IncomingTransfer t WHERE t.state = no.kurer.broker.entity.IncomingTransfer.State.HELD")
@NamedQuery(
        name = IncomingTransfer.ABANDONED,
        query = "SELECT t FROM IncomingTransfer t WHERE t.state = no.kurer.broker.entity.IncomingTransfer.State.CLAIMED"
                + " AND t.work.claimedUntil < :now")
@NamedQuery(
        name = IncomingTransfer.TAKE_OVER,
        query = "UPDATE IncomingTransfer t SET t.work.claimedBy = :instance, t.work.claimedUntil = :until,"
                + " t.version = t.version + 1"
                + " WHERE t.fileTransferId = :id AND t.state = no.kurer.broker.entity.IncomingTransfer.State.CLAIMED"
                + " AND t.work.claimedUntil < :now")
public class IncomingTransfer {

    public static final String UNCONFIRMED = "IncomingTransfer.unconfirmed";
    public static final String ABANDONED = "IncomingTransfer.abandoned";
    public static final String TAKE_OVER = "IncomingTransfer.takeOver";

    /** CLAIMED: being fetched; HELD: kept (or known), confirmation pending; CONFIRMED: the broker knows. */
    public enum State {
        CLAIMED,
        HELD,
        CONFIRMED
    }

    /**
     * What Kurer made of the file: a new message, a copy of one already held, an unreadable package, or one the
     * conversations consumed (a status, a kvittering, an expired letter: no message is kept).
     */
    public enum Outcome {
        STORED,
        DUPLICATE,
        FAILED,
        CONSUMED
    }

    @Id
    @Column(name = "file_transfer_id")
    private String fileTransferId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private Long message;

    /** The organisation whose inbox held it; null for files taken before there were many (systemuser.org's). */
    private String organisation;

    @Embedded
    private WorkClaim work = new WorkClaim();

    @Column(nullable = false)
    private OffsetDateTime created;

    @Column(nullable = false)
    private OffsetDateTime updated;

    @Version
    private long version;

    protected IncomingTransfer() {}

    public IncomingTransfer(String fileTransferId, String organisation, String instance, OffsetDateTime claimedUntil) {
        this.fileTransferId = fileTransferId;
        this.organisation = organisation;
        this.state = State.CLAIMED;
        work.claim(instance, claimedUntil);
        this.created = DpoMessage.now();
        this.updated = created;
    }

    public void held(Outcome outcome, Long message, String reason) {
        this.state = State.HELD;
        this.outcome = outcome;
        this.message = message;
        work.note(reason);
        this.updated = DpoMessage.now();
    }

    public void confirmed() {
        this.state = State.CONFIRMED;
        this.updated = DpoMessage.now();
    }

    public void failedAttempt(String reason, OffsetDateTime retryAfter) {
        work.attempted(reason);
        work.holdUntil(retryAfter);
        this.updated = DpoMessage.now();
    }

    /** A try that failed through no fault of the file's (the broker was down): not counted. */
    public void outage(String reason, OffsetDateTime retryAfter) {
        work.note(reason);
        work.holdUntil(retryAfter);
        this.updated = DpoMessage.now();
    }

    public String fileTransferId() {
        return fileTransferId;
    }

    public State state() {
        return state;
    }

    public Outcome outcome() {
        return outcome;
    }

    public Long message() {
        return message;
    }

    public String organisation() {
        return organisation;
    }

    public WorkClaim work() {
        return work;
    }
}
