package no.kurer.conversation.entity;

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
 * An eFormidling conversation as Digdir's integration point keeps it: one DPO message in one direction, with the facts
 * of its SBD, when it expires and whether it is finished. Its statuses are {@link MessageStatus} rows.
 */
@Entity
@Table(name = "efm_conversation")
@NamedQuery(
        name = Conversation.BY_KEY,
        query = "SELECT c FROM Conversation c WHERE c.direction = :direction AND c.sender = :sender"
                + " AND c.messageId = :messageId")
@NamedQuery(
        name = Conversation.OUTGOING_TO,
        query = "SELECT c FROM Conversation c WHERE c.direction = 'OUTGOING' AND c.receiver = :receiver"
                + " AND (c.messageId = :messageId OR c.conversationId = :conversationId) ORDER BY c.id")
@NamedQuery(
        name = Conversation.EXPIRED,
        query = "SELECT c.id FROM Conversation c WHERE c.finished = false AND c.expiry < :now ORDER BY c.id")
@NamedQuery(
        name = Conversation.FINISH,
        query = "UPDATE Conversation c SET c.finished = true, c.lastUpdate = :now WHERE c.id = :id"
                + " AND c.finished = false")
public class Conversation {

    public static final String BY_KEY = "Conversation.byKey";
    public static final String OUTGOING_TO = "Conversation.outgoingTo";
    public static final String EXPIRED = "Conversation.expired";
    public static final String FINISH = "Conversation.finish";

    public static final String OUTGOING = "OUTGOING";
    public static final String INCOMING = "INCOMING";
    public static final String DPO = "DPO";

    @Id
    @SequenceGenerator(name = "efm_seq", sequenceName = "efm_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "efm_seq")
    private Long id;

    @Column(nullable = false)
    private String direction;

    @Column(name = "message_id", nullable = false)
    private String messageId;

    @Column(name = "conversation_id", nullable = false)
    private String conversationId;

    @Column(nullable = false)
    private String sender;

    @Column(nullable = false)
    private String receiver;

    @Column(name = "process_identifier")
    private String processIdentifier;

    @Column(name = "document_identifier")
    private String documentIdentifier;

    @Column(name = "message_reference")
    private String messageReference;

    @Column(name = "message_title")
    private String messageTitle;

    @Column(name = "service_identifier", nullable = false)
    private String serviceIdentifier = DPO;

    @Column(nullable = false)
    private OffsetDateTime expiry;

    @Column(nullable = false)
    private boolean finished;

    @Column(name = "dpo_message")
    private Long dpoMessage;

    @Column(name = "last_update", nullable = false)
    private OffsetDateTime lastUpdate;

    @Column(nullable = false)
    private OffsetDateTime created;

    protected Conversation() {}

    /** @param facts the SBD's facts; @param expiry when it expires */
    public Conversation(String direction, SbdFacts facts, OffsetDateTime expiry, Long dpoMessage) {
        this.direction = direction;
        this.messageId = facts.messageId();
        this.conversationId = facts.conversationId();
        this.sender = facts.sender();
        this.receiver = facts.receiver();
        this.processIdentifier = facts.process();
        this.documentIdentifier = facts.standard();
        this.expiry = expiry;
        this.dpoMessage = dpoMessage;
        this.created = now();
        this.lastUpdate = created;
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** What the letter's arkivmelding.xml says: its title and reference (each may be null). */
    public void describe(String messageTitle, String messageReference) {
        this.messageTitle = messageTitle;
        this.messageReference = messageReference;
    }

    /** A new status was recorded at {@code when}. */
    public void touched(OffsetDateTime when, boolean finishes) {
        this.lastUpdate = when;
        if (finishes) {
            this.finished = true;
        }
    }

    public Long id() {
        return id;
    }

    public String direction() {
        return direction;
    }

    public boolean outgoing() {
        return OUTGOING.equals(direction);
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

    public String processIdentifier() {
        return processIdentifier;
    }

    public String documentIdentifier() {
        return documentIdentifier;
    }

    public String messageReference() {
        return messageReference;
    }

    public String messageTitle() {
        return messageTitle;
    }

    public String serviceIdentifier() {
        return serviceIdentifier;
    }

    public OffsetDateTime expiry() {
        return expiry;
    }

    public boolean finished() {
        return finished;
    }

    public Long dpoMessage() {
        return dpoMessage;
    }

    public OffsetDateTime lastUpdate() {
        return lastUpdate;
    }
}
