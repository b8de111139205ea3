package no.kurer.sandbox.broker.entity;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A file transfer in the sandbox broker. Statuses as Altinn spells them (Initialized, Published, …). */
@Entity
@Table(name = "sandbox_broker_transfer")
public class SandboxTransfer {

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

    protected SandboxTransfer() {
    }

    public SandboxTransfer(String fileTransferId, String resourceId, String fileName, String sendersReference,
            String sender, String checksum, String propertyList) {
        this.fileTransferId = fileTransferId;
        this.resourceId = resourceId;
        this.fileName = fileName;
        this.sendersReference = sendersReference;
        this.sender = sender;
        this.checksum = checksum;
        this.propertyList = propertyList;
        this.created = OffsetDateTime.now(ZoneOffset.UTC);
        this.expirationTime = created.plusDays(30);
        status("Initialized");
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

    public String fileTransferId() { return fileTransferId; }
    public String resourceId() { return resourceId; }
    public String fileName() { return fileName; }
    public String sendersReference() { return sendersReference; }
    public String sender() { return sender; }
    public String checksum() { return checksum; }
    public Long fileSize() { return fileSize; }
    public String status() { return status; }
    public OffsetDateTime statusChanged() { return statusChanged; }
    public String propertyList() { return propertyList; }
    public OffsetDateTime created() { return created; }
    public OffsetDateTime expirationTime() { return expirationTime; }
}
