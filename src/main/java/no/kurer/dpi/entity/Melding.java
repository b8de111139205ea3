package no.kurer.dpi.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import no.kurer.platform.WorkClaim;

/** A DPI message accepted from a sender: the signed forretningsmelding, who sent it, and where its package is. */
@Entity
@Table(name = "dpi_message")
public class Melding extends MeldingQueries {

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
    /** The channel (Digdir's kanal) it was sent with through {@code POST /dpi/messages/out}, lower-case; or null. */
    private String kanal;
    /** When retention purged it down to its key and addressing; null while it is whole. */
    private OffsetDateTime purged;

    @Version
    private long version;

    @Embedded
    private WorkClaim work = new WorkClaim();

    protected Melding() {}

    public Melding(
            String meldingsid,
            String conversationId,
            String type,
            String process,
            String avsender,
            String databehandler,
            String avsenderidentifikator,
            String receiver,
            String fingerprint,
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

    /** Sent with this channel (Digdir's kanal, lower-case), or {@code null} for none. */
    public Melding withKanal(String kanal) {
        this.kanal = kanal;
        return this;
    }

    /**
     * The package is stored and verified: the message is complete and may be forwarded. (The two-step send does the
     * same with {@link #ATTACH_PACKAGE}.)
     */
    public void packageAccepted(String file, String mediaType, long size) {
        this.packageFile = file;
        this.packageMediaType = mediaType;
        this.packageSize = size;
        this.state = MessageState.READY_FOR_FORWARDING;
        this.updated = now();
        work.postpone(updated);
    }

    /** Whether {@code claimer} holds this message for forwarding. */
    public boolean claimedBy(String claimer) {
        return state == MessageState.READY_FOR_FORWARDING && work.heldBy(claimer);
    }

    /** Corner 3 accepted message and package: the package file is no longer needed. */
    public void forwarded() {
        this.state = MessageState.FORWARDED;
        this.packageFile = null;
        work.succeeded();
        this.updated = now();
    }

    /** An attempt failed; the next one is due at {@code next}. */
    public void forwardingFailed(String reason, OffsetDateTime next) {
        work.failed(reason, next);
        this.updated = now();
    }

    /** The last allowed attempt failed: the message will not be forwarded. */
    public void forwardingGaveUp(String reason) {
        this.state = MessageState.FAILED;
        work.failed(reason, null);
        this.updated = now();
    }

    /** The columns an upload and a receipt need, as {@link #SUMMARY} reads them. */
    public MeldingSummary summary() {
        return new MeldingSummary(meldingsid, conversationId, avsender, databehandler, fingerprint, state, created);
    }

    public boolean awaitsPackage() {
        return state == MessageState.AWAITING_PACKAGE;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    public String meldingsid() {
        return meldingsid;
    }

    public String conversationId() {
        return conversationId;
    }

    public String type() {
        return type;
    }

    public String process() {
        return process;
    }

    public String avsender() {
        return avsender;
    }

    public String databehandler() {
        return databehandler;
    }

    public String avsenderidentifikator() {
        return avsenderidentifikator;
    }

    public String receiver() {
        return receiver;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public String forretningsmelding() {
        return forretningsmelding;
    }

    public String packageFile() {
        return packageFile;
    }

    public String packageMediaType() {
        return packageMediaType;
    }

    public Long packageSize() {
        return packageSize;
    }

    public MessageState state() {
        return state;
    }

    public OffsetDateTime created() {
        return created;
    }

    public OffsetDateTime updated() {
        return updated;
    }

    public String kanal() {
        return kanal;
    }

    public OffsetDateTime purged() {
        return purged;
    }

    public boolean isPurged() {
        return purged != null;
    }

    public WorkClaim work() {
        return work;
    }
}
