package no.kurer.conversation.entity;

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
import java.time.OffsetDateTime;
import no.kurer.platform.WorkClaim;

/**
 * An eFormidling status message ({@code MOTTATT} or {@code LEVERT}) Kurer owes the sender of an incoming DPO message,
 * queued in the transaction that stored or delivered it and sent by the broker round: QUEUED → SENT, or FAILED after
 * {@code broker.send.max-attempts}. Sender and receiver are those of the status message (the original's swapped).
 */
@Entity
@Table(name = "dpo_status_out")
@NamedQuery(
        name = StatusMessage.DUE,
        query =
                "SELECT s.id FROM StatusMessage s WHERE s.state = no.kurer.conversation.entity.StatusMessage.State.QUEUED"
                        + " AND (s.work.nextAttemptAt IS NULL OR s.work.nextAttemptAt <= :now)"
                        + " AND (s.work.claimedUntil IS NULL OR s.work.claimedUntil < :now) ORDER BY s.id")
@NamedQuery(
        name = StatusMessage.CLAIM,
        query = "UPDATE StatusMessage s SET s.work.claimedBy = :instance, s.work.claimedUntil = :until,"
                + " s.version = s.version + 1"
                + " WHERE s.id = :id AND (s.work.claimedUntil IS NULL OR s.work.claimedUntil < :now)")
@NamedQuery(
        name = StatusMessage.ONE,
        query = "SELECT s FROM StatusMessage s WHERE s.receiver = :receiver AND s.messageId = :messageId"
                + " AND s.status = :status")
public class StatusMessage {

    public static final String DUE = "StatusMessage.due";
    public static final String CLAIM = "StatusMessage.claim";
    public static final String ONE = "StatusMessage.one";

    /** QUEUED: to be sent; SENT: the broker took the upload; FAILED: given up. */
    public enum State {
        QUEUED,
        SENT,
        FAILED
    }

    @Id
    @SequenceGenerator(name = "efm_seq", sequenceName = "efm_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "efm_seq")
    private Long id;

    @Column(name = "message_id", nullable = false)
    private String messageId;

    @Column(name = "conversation_id", nullable = false)
    private String conversationId;

    @Column(nullable = false)
    private String sender;

    @Column(nullable = false)
    private String receiver;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReceiptStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state = State.QUEUED;

    @Column(name = "file_transfer_id")
    private String fileTransferId;

    @Embedded
    private WorkClaim work = new WorkClaim();

    @Column(nullable = false)
    private OffsetDateTime created;

    @Column(nullable = false)
    private OffsetDateTime updated;

    @Version
    private long version;

    protected StatusMessage() {}

    public StatusMessage(
            String messageId, String conversationId, String sender, String receiver, ReceiptStatus status) {
        this.messageId = messageId;
        this.conversationId = conversationId;
        this.sender = sender;
        this.receiver = receiver;
        this.status = status;
        this.created = Conversation.now();
        this.updated = created;
    }

    public void sent(String fileTransferId) {
        this.fileTransferId = fileTransferId;
        this.state = State.SENT;
        work.succeeded();
        work.release(null);
        this.updated = Conversation.now();
    }

    /** An attempt failed: tried again at {@code next}, or, when null, given up. */
    public void failed(String why, OffsetDateTime next) {
        work.failed(why, next);
        if (next == null) {
            this.state = State.FAILED;
        }
        this.updated = Conversation.now();
    }

    public void release(OffsetDateTime next) {
        work.release(next);
    }

    public Long id() {
        return id;
    }

    public String messageId() {
        return messageId;
    }

    public String conversationId() {
        return conversationId;
    }

    public String sender() {
        return sender;
    }

    public String receiver() {
        return receiver;
    }

    public ReceiptStatus status() {
        return status;
    }

    public State state() {
        return state;
    }

    public WorkClaim work() {
        return work;
    }
}
