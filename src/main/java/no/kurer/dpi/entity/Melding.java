package no.kurer.dpi.entity;

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
import java.time.ZoneOffset;
import no.kurer.platform.WorkClaim;

/** A DPI message accepted from a sender: the signed forretningsmelding, who sent it, and where its package is. */
@Entity
@Table(name = "dpi_message")
@NamedQuery(
        name = Melding.BY_CONVERSATION,
        query = "SELECT m FROM Melding m WHERE m.conversationId = :conversationId ORDER BY m.created")
@NamedQuery(
        name = Melding.DUE_FOR_FORWARDING,
        query =
                "SELECT m.meldingsid FROM Melding m WHERE m.state = no.kurer.dpi.entity.MessageState.READY_FOR_FORWARDING"
                        + " AND (m.work.nextAttemptAt IS NULL OR m.work.nextAttemptAt <= :now)"
                        + " AND (m.work.claimedUntil IS NULL OR m.work.claimedUntil < :now) ORDER BY m.work.nextAttemptAt")
@NamedQuery(
        name = Melding.CLAIM,
        query = "UPDATE Melding m SET m.work.claimedBy = :claimer, m.work.claimedUntil = :until,"
                + " m.version = m.version + 1"
                + " WHERE m.meldingsid = :meldingsid"
                + " AND m.state = no.kurer.dpi.entity.MessageState.READY_FOR_FORWARDING"
                + " AND (m.work.nextAttemptAt IS NULL OR m.work.nextAttemptAt <= :now)"
                + " AND (m.work.claimedUntil IS NULL OR m.work.claimedUntil < :now)")
@NamedQuery(
        name = Melding.SUMMARY,
        query =
                "SELECT NEW no.kurer.dpi.entity.MeldingSummary(m.meldingsid, m.conversationId, m.avsender,"
                        + " m.databehandler, m.fingerprint, m.state, m.created) FROM Melding m WHERE m.meldingsid = :meldingsid")
@NamedQuery(
        name = Melding.ATTACH_PACKAGE,
        query = "UPDATE Melding m SET m.packageFile = :file, m.packageMediaType = :mediaType, m.packageSize = :size,"
                + " m.state = no.kurer.dpi.entity.MessageState.READY_FOR_FORWARDING, m.updated = :now,"
                + " m.work.nextAttemptAt = :now, m.version = m.version + 1"
                + " WHERE m.meldingsid = :meldingsid AND m.state = no.kurer.dpi.entity.MessageState.AWAITING_PACKAGE")
@NamedQuery(
        name = Melding.DUE_FOR_PURGE,
        query = "SELECT m.meldingsid FROM Melding m WHERE m.purged IS NULL AND m.updated < :cutoff"
                + " AND (m.state = no.kurer.dpi.entity.MessageState.AWAITING_PACKAGE"
                + " OR EXISTS (SELECT s.id FROM MeldingStatus s WHERE s.meldingsid = m.meldingsid"
                + " AND s.status IN (no.kurer.dpi.entity.Status.SENDT, no.kurer.dpi.entity.Status.FEILET)"
                + " AND s.occurred < :cutoff)) ORDER BY m.updated")
@NamedQuery(name = Melding.PACKAGE_FILES, query = "SELECT m.packageFile FROM Melding m WHERE m.packageFile IS NOT NULL")
@NamedQuery(
        name = Melding.UNPURGED_PACKAGE,
        query = "SELECT m.packageFile FROM Melding m WHERE m.meldingsid = :meldingsid AND m.purged IS NULL")
@NamedQuery(
        name = Melding.PURGE,
        query = "UPDATE Melding m SET m.purged = :now, m.forretningsmelding = '', m.packageFile = NULL,"
                + " m.packageMediaType = NULL, m.packageSize = NULL, m.version = m.version + 1"
                + " WHERE m.meldingsid = :meldingsid AND m.purged IS NULL")
public class Melding {

    public static final String BY_CONVERSATION = "Melding.byConversation";
    /** Ids of messages ready for corner 3 whose next attempt is due and that nobody holds a live claim on. */
    public static final String DUE_FOR_FORWARDING = "Melding.dueForForwarding";
    /** Claims one message for forwarding if it is still due and unclaimed; the update count says who won. */
    public static final String CLAIM = "Melding.claimForForwarding";
    /** One message as a {@link MeldingSummary}. */
    public static final String SUMMARY = "Melding.summary";
    /**
     * Attaches a verified package to a message if it still awaits one ({@link #packageAccepted} as one statement); the
     * update count says whether this request won.
     */
    public static final String ATTACH_PACKAGE = "Melding.attachPackage";
    /**
     * Ids of messages retention may purge: not purged yet, and finished (last status SENDT or FEILET) or abandoned
     * (package never uploaded) before the cutoff.
     */
    public static final String DUE_FOR_PURGE = "Melding.dueForPurge";
    /** Every package file a message refers to. */
    public static final String PACKAGE_FILES = "Melding.packageFiles";
    /** The package file of a message not purged yet (one row, perhaps null), or no row. */
    public static final String UNPURGED_PACKAGE = "Melding.unpurgedPackage";
    /**
     * Purges one message down to its key and addressing, if nobody did yet; the update count says whether this
     * instance did.
     */
    public static final String PURGE = "Melding.purge";

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
