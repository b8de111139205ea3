package no.kurer.sandbox.broker.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A file transfer in the sandbox broker. Statuses as Altinn spells them (Initialized, Published, …); it expires at
 * {@code created} plus the resource's {@code fileTransferTimeToLive}.
 */
@Entity
@Table(name = "sandbox_broker_transfer")
@NamedQuery(
        name = SandboxTransfer.PURGE_CANDIDATES,
        query =
                "SELECT t FROM SandboxTransfer t WHERE t.status <> 'Purged'"
                        + " AND (t.expirationTime <= :now OR (t.status = 'AllConfirmedDownloaded' AND t.statusChanged <= :confirmedBefore))")
public class SandboxTransfer {

    /** Transfers that may be due for purging: expired, or all confirmed before {@code :confirmedBefore}. */
    public static final String PURGE_CANDIDATES = "SandboxTransfer.purgeCandidates";

    @Id
    @Column(name = "file_transfer_id")
    private String fileTransferId;

    @Column(name = "resource_id", nullable = false)
    private String resourceId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "senders_reference")
    private String sendersReference;

    @Column(nullable = false)
    private String sender;

    private String checksum;

    @Column(name = "file_size")
    private Long fileSize;

    @Column(nullable = false)
    private String status;

    @Column(name = "status_changed", nullable = false)
    private OffsetDateTime statusChanged;

    @Column(name = "property_list")
    private String propertyList;

    @Column(nullable = false)
    private OffsetDateTime created;

    @Column(name = "expiration_time", nullable = false)
    private OffsetDateTime expirationTime;

    @Version
    private long version;

    protected SandboxTransfer() {}

    public SandboxTransfer(
            String fileTransferId,
            String resourceId,
            String fileName,
            String sendersReference,
            String sender,
            String checksum,
            String propertyList,
            OffsetDateTime created,
            Duration timeToLive) {
        this.fileTransferId = fileTransferId;
        this.resourceId = resourceId;
        this.fileName = fileName;
        this.sendersReference = sendersReference;
        this.sender = sender;
        this.checksum = checksum;
        this.propertyList = propertyList;
        this.created = created;
        this.expirationTime = created.plus(timeToLive);
        this.status = "Initialized";
        this.statusChanged = created;
    }

    public void status(String next) {
        this.status = next;
        this.statusChanged = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public void uploaded(long size, String md5) {
        this.fileSize = size;
        if (checksum == null) {
            checksum = md5;
        }
    }

    public String fileTransferId() {
        return fileTransferId;
    }

    public String resourceId() {
        return resourceId;
    }

    public String fileName() {
        return fileName;
    }

    public String sendersReference() {
        return sendersReference;
    }

    public String sender() {
        return sender;
    }

    public String checksum() {
        return checksum;
    }

    public Long fileSize() {
        return fileSize;
    }

    public String status() {
        return status;
    }

    public OffsetDateTime statusChanged() {
        return statusChanged;
    }

    public String propertyList() {
        return propertyList;
    }

    public OffsetDateTime created() {
        return created;
    }

    public OffsetDateTime expirationTime() {
        return expirationTime;
    }
}
