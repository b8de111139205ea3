package no.kurer.dpi.kvittering.entity;

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
import java.util.Objects;

/**
 * A receipt on its way back to the sender, stored once: the signed forretningsmelding exactly as received, and the
 * sender (avsender, databehandler, avsenderidentifikator, kanal) of the message it answers, which decides who may read it.
 */
@Entity
@Table(name = "dpi_receipt")
@NamedQuery(name = Kvittering.BY_MELDINGSID, query = "SELECT k FROM Kvittering k WHERE k.meldingsid = :meldingsid")
@NamedQuery(name = Kvittering.EXPIRED, query = "DELETE FROM Kvittering k WHERE k.received < :cutoff")
public class Kvittering {

    public static final String BY_MELDINGSID = "Kvittering.byMeldingsid";
    public static final String EXPIRED = "Kvittering.expired";

    /** From a sequence, one value per row: ids follow arrival order, so "oldest first" is "by id". */
    @Id
    @SequenceGenerator(name = "dpi_receipt_seq", sequenceName = "dpi_receipt_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpi_receipt_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String meldingsid;

    @Column(name = "conversation_id", nullable = false)
    private String conversationId;

    @Column(name = "original_meldingsid")
    private String originalMeldingsid;

    @Column(name = "receipt_type", nullable = false)
    private String type;

    @Column(nullable = false)
    private String avsender;

    private String databehandler;
    private String avsenderidentifikator;
    private String kanal;

    @Column(nullable = false)
    private String issuer;

    @Column(nullable = false, length = 300000)
    private String kvittering;

    @Column(nullable = false)
    private OffsetDateTime received;

    @Column(name = "read_time")
    private OffsetDateTime readTime;

    protected Kvittering() {}

    /**
     * @param meldingsid the receipt's own SBDH instanceIdentifier
     * @param originalMeldingsid the message it answers, when Kurer knows which
     * @param issuer orgno of the enterprise that signed the receipt
     * @param kvittering the compact JWS as received
     */
    public Kvittering(
            String meldingsid,
            String conversationId,
            String originalMeldingsid,
            String type,
            String avsender,
            String databehandler,
            String avsenderidentifikator,
            String kanal,
            String issuer,
            String kvittering) {
        this.meldingsid = Objects.requireNonNull(meldingsid);
        this.conversationId = Objects.requireNonNull(conversationId);
        this.originalMeldingsid = originalMeldingsid;
        this.type = Objects.requireNonNull(type);
        this.avsender = Objects.requireNonNull(avsender);
        this.databehandler = databehandler;
        this.avsenderidentifikator = avsenderidentifikator;
        this.kanal = kanal;
        this.issuer = Objects.requireNonNull(issuer);
        this.kvittering = Objects.requireNonNull(kvittering);
        this.received = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Marks the receipt read (production API); the first time counts. */
    public void read() {
        if (readTime == null) {
            readTime = OffsetDateTime.now(ZoneOffset.UTC);
        }
    }

    public Long id() {
        return id;
    }

    public String meldingsid() {
        return meldingsid;
    }

    public String conversationId() {
        return conversationId;
    }

    public String originalMeldingsid() {
        return originalMeldingsid;
    }

    public String type() {
        return type;
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

    public String kanal() {
        return kanal;
    }

    public String issuer() {
        return issuer;
    }

    public String kvittering() {
        return kvittering;
    }

    public OffsetDateTime received() {
        return received;
    }

    public OffsetDateTime readTime() {
        return readTime;
    }
}
