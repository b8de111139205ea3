package no.kurer.broker.entity;

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
import java.time.ZoneOffset;
import no.kurer.platform.WorkClaim;

/**
 * A DPO message in either direction: its standard business document, its state and the broker file transfer. Held
 * once per (direction, sender, message id): another sender's message with the same id is another message.
 */
@Entity
@Table(name = "dpo_message")
@NamedQuery(
        name = DpoMessage.BY_MESSAGE_ID,
        query = "SELECT m FROM DpoMessage m WHERE m.direction = :direction AND m.messageId = :messageId")
@NamedQuery(
        name = DpoMessage.BY_SENDER_AND_MESSAGE_ID,
        query = "SELECT m FROM DpoMessage m WHERE m.direction = :direction AND m.sender = :sender"
                + " AND m.messageId = :messageId")
@NamedQuery(
        name = DpoMessage.DUE,
        query = "SELECT m.id FROM DpoMessage m WHERE m.direction = no.kurer.broker.entity.Direction.OUT"
                + " AND m.state IN :states AND (m.work.nextAttemptAt IS NULL OR m.work.nextAttemptAt <= :now)"
                + " AND (m.work.claimedUntil IS NULL OR m.work.claimedUntil < :now) ORDER BY m.id")
@NamedQuery(
        name = DpoMessage.CLAIM,
        query = "UPDATE DpoMessage m SET m.work.claimedBy = :instance, m.work.claimedUntil = :until,"
                + " m.version = m.version + 1"
                + " WHERE m.id = :id AND (m.work.claimedUntil IS NULL OR m.work.claimedUntil < :now)")
@NamedQuery(name = DpoMessage.RECENT, query = "SELECT m FROM DpoMessage m ORDER BY m.id DESC")
@NamedQuery(
        name = DpoMessage.LOCK,
        query = "UPDATE DpoMessage m SET m.lockedUntil = :until, m.version = m.version + 1 WHERE m.id = :id"
                + " AND m.state = no.kurer.broker.entity.DpoState.RECEIVED"
                + " AND (m.lockedUntil IS NULL OR m.lockedUntil < :now)")
public class DpoMessage {

    public static final String BY_MESSAGE_ID = "DpoMessage.byMessageId";
    public static final String BY_SENDER_AND_MESSAGE_ID = "DpoMessage.bySenderAndMessageId";
    public static final String DUE = "DpoMessage.due";
    public static final String CLAIM = "DpoMessage.claim";
    public static final String RECENT = "DpoMessage.recent";
    public static final String LOCK = "DpoMessage.lock";

    @Id
    @SequenceGenerator(name = "dpo_seq", sequenceName = "dpo_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpo_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction;

    @Column(name = "message_id", nullable = false)
    private String messageId;

    @Column(name = "conversation_id", nullable = false)
    private String conversationId;

    @Column(nullable = false)
    private String sender;

    @Column(nullable = false)
    private String receiver;

    @Column(name = "document_type")
    private String documentType;

    @Column(nullable = false)
    private String sbd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DpoState state;

    @Column(name = "file_transfer_id")
    private String fileTransferId;

    @Column(name = "package_file")
    private String packageFile;

    @Column(name = "package_size")
    private Long packageSize;

    private String checksum;

    @Embedded
    private WorkClaim work = new WorkClaim();

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    @Column(name = "locked_until") // NextMove peek: held until then; a past time holds nothing
    private OffsetDateTime lockedUntil;

    @Column(nullable = false)
    private OffsetDateTime created;

    @Column(nullable = false)
    private OffsetDateTime updated;

    @Version
    private long version;

    protected DpoMessage() {}

    public DpoMessage(Direction direction, Sbd sbd, DpoState state) {
        this.direction = direction;
        this.messageId = sbd.messageId();
        this.conversationId = sbd.conversationId();
        this.sender = sbd.sender();
        this.receiver = sbd.receiver();
        this.documentType = sbd.documentType();
        this.sbd = sbd.json();
        this.state = state;
        this.created = now();
        this.updated = created;
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Moves to {@code next} and returns the history entry to persist with it. */
    public DpoMessageStatus moveTo(DpoState next, String description) {
        this.state = next;
        if (next == DpoState.FAILED) {
            work.note(description);
        }
        this.updated = now();
        return new DpoMessageStatus(id, next, description);
    }

    public void packaged(String file, long size, String md5) {
        this.packageFile = file;
        this.packageSize = size;
        this.checksum = md5;
    }

    public void fileTransfer(String id) {
        this.fileTransferId = id;
    }

    public void retryAt(OffsetDateTime when, String why) {
        work.failed(why, when);
        this.updated = now();
    }

    public void release(OffsetDateTime nextAttempt) {
        work.release(nextAttempt);
    }

    public void read() {
        this.readAt = now();
    }

    public Long id() {
        return id;
    }

    public Direction direction() {
        return direction;
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

    public String documentType() {
        return documentType;
    }

    public String sbd() {
        return sbd;
    }

    public DpoState state() {
        return state;
    }

    public String fileTransferId() {
        return fileTransferId;
    }

    public String packageFile() {
        return packageFile;
    }

    public Long packageSize() {
        return packageSize;
    }

    public String checksum() {
        return checksum;
    }

    public WorkClaim work() {
        return work;
    }

    public OffsetDateTime readAt() {
        return readAt;
    }

    /** True while a NextMove peek holds the message. */
    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public OffsetDateTime created() {
        return created;
    }

    public OffsetDateTime updated() {
        return updated;
    }
}
