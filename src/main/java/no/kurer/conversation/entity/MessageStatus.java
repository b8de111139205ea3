package no.kurer.conversation.entity;

import jakarta.persistence.Column;
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

/** One eFormidling status of a conversation, at most once per conversation (the table's unique key). */
@Entity
@Table(name = "efm_message_status")
@NamedQuery(
        name = MessageStatus.OF,
        query = "SELECT s FROM MessageStatus s WHERE s.conversation = :conversation ORDER BY s.id")
@NamedQuery(
        name = MessageStatus.ONE,
        query = "SELECT s FROM MessageStatus s WHERE s.conversation = :conversation AND s.status = :status")
public class MessageStatus {

    public static final String OF = "MessageStatus.of";
    public static final String ONE = "MessageStatus.one";
    /** The longest description kept. */
    public static final int MAX_DESCRIPTION = 2000;
    /** The longest raw receipt kept. */
    public static final int MAX_RECEIPT = 100_000;

    @Id
    @SequenceGenerator(name = "efm_seq", sequenceName = "efm_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "efm_seq")
    private Long id;

    @Column(nullable = false)
    private long conversation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReceiptStatus status;

    private String description;

    @Column(name = "raw_receipt")
    private String rawReceipt;

    @Column(name = "last_update", nullable = false)
    private OffsetDateTime lastUpdate;

    protected MessageStatus() {}

    public MessageStatus(
            long conversation, ReceiptStatus status, String description, String rawReceipt, OffsetDateTime when) {
        this.conversation = conversation;
        this.status = status;
        this.description = cut(description, MAX_DESCRIPTION);
        this.rawReceipt = cut(rawReceipt, MAX_RECEIPT);
        this.lastUpdate = when;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public long conversation() {
        return conversation;
    }

    public ReceiptStatus status() {
        return status;
    }

    public String description() {
        return description;
    }

    public String rawReceipt() {
        return rawReceipt;
    }

    public OffsetDateTime lastUpdate() {
        return lastUpdate;
    }
}
