package no.kurer.dpi.entity;

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

/** A DPI message accepted from a sender: the signed forretningsmelding, who sent it, and where its package is. */
@Entity
@Table(name = "dpi_message")
@NamedQuery(name = Melding.BY_CONVERSATION,
        query = "SELECT m FROM Melding m WHERE m.conversationId = :conversationId ORDER BY m.created")
public class Melding {

    public static final String BY_CONVERSATION = "Melding.byConversation";

    @Id
    private String meldingsid;
    @Column(name = "conversation_id", nullable = false)
    private String conversationId;
    @Column(name = "message_type", nullable = false)
    private String type;
    private String process;
    @Column(nullable = false)
    private String avsender;
    private String databehandler;
    private String avsenderidentifikator;
    @Column(nullable = false)
    private String receiver;
    @Column(nullable = false)
    private String fingerprint;
    @Column(nullable = false, length = 300000)
    private String forretningsmelding;
    @Column(name = "package_file")
    private String packageFile;
    @Column(name = "package_media_type")
    private String packageMediaType;
    @Column(name = "package_size")
    private Long packageSize;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MessageState state;
    @Column(nullable = false)
    private OffsetDateTime created;
    @Column(nullable = false)
    private OffsetDateTime updated;
    @Version
    private long version;

    protected Melding() {
    }

    public Melding(String meldingsid, String conversationId, String type, String process, String avsender,
                   String databehandler, String avsenderidentifikator, String receiver, String fingerprint,
                   String forretningsmelding) {
        this.meldingsid = meldingsid;
        this.conversationId = conversationId;
        this.type = type;
        this.process = process;
        this.avsender = avsender;
        this.databehandler = databehandler;
        this.avsenderidentifikator = avsenderidentifikator;
        this.receiver = receiver;
        this.fingerprint = fingerprint;
        this.forretningsmelding = forretningsmelding;
        this.state = MessageState.AWAITING_PACKAGE;
        this.created = now();
        this.updated = created;
    }

    /** The package is stored and verified: the message is complete and may be forwarded. */
    public void packageAccepted(String file, String mediaType, long size) {
        this.packageFile = file;
        this.packageMediaType = mediaType;
        this.packageSize = size;
        this.state = MessageState.READY_FOR_FORWARDING;
        this.updated = now();
    }

    public boolean awaitsPackage() {
        return state == MessageState.AWAITING_PACKAGE;
    }

    /** Whether the caller is the sender of this message: same consumer, and same data processor (or none). */
    public boolean sentBy(String consumerOrgno, String supplierOrgno) {
        return avsender.equals(consumerOrgno) && java.util.Objects.equals(databehandler, supplierOrgno);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    public String meldingsid() { return meldingsid; }
    public String conversationId() { return conversationId; }
    public String type() { return type; }
    public String process() { return process; }
    public String avsender() { return avsender; }
    public String databehandler() { return databehandler; }
    public String avsenderidentifikator() { return avsenderidentifikator; }
    public String receiver() { return receiver; }
    public String fingerprint() { return fingerprint; }
    public String forretningsmelding() { return forretningsmelding; }
    public String packageFile() { return packageFile; }
    public String packageMediaType() { return packageMediaType; }
    public Long packageSize() { return packageSize; }
    public MessageState state() { return state; }
    public OffsetDateTime created() { return created; }
    public OffsetDateTime updated() { return updated; }
}
