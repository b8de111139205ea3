package no.kurer.sandbox.broker.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One recipient of a sandbox file transfer, with its status (Initialized, DownloadStarted, DownloadConfirmed). */
@Entity
@Table(name = "sandbox_broker_recipient")
@IdClass(SandboxRecipient.Key.class)
@NamedQuery(
        name = SandboxRecipient.OF_TRANSFER,
        query = "SELECT r FROM SandboxRecipient r WHERE r.fileTransferId = :id ORDER BY r.recipient")
public class SandboxRecipient {

    public static final String OF_TRANSFER = "SandboxRecipient.ofTransfer";

    public static class Key implements Serializable {
        public String fileTransferId;
        public String recipient;

        public Key() {}

        public Key(String fileTransferId, String recipient) {
            this.fileTransferId = fileTransferId;
            this.recipient = recipient;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.fileTransferId.equals(fileTransferId) && k.recipient.equals(recipient);
        }

        @Override
        public int hashCode() {
            return fileTransferId.hashCode() * 31 + recipient.hashCode();
        }
    }

    @Id
    @Column(name = "file_transfer_id")
    private String fileTransferId;

    @Id
    private String recipient;

    @Column(nullable = false)
    private String status;

    @Column(name = "status_changed", nullable = false)
    private OffsetDateTime statusChanged;

    @Version
    private long version;

    protected SandboxRecipient() {}

    public SandboxRecipient(String fileTransferId, String recipient) {
        this.fileTransferId = fileTransferId;
        this.recipient = recipient;
        status("Initialized");
    }

    public void status(String next) {
        this.status = next;
        this.statusChanged = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public String recipient() {
        return recipient;
    }

    public String status() {
        return status;
    }

    public OffsetDateTime statusChanged() {
        return statusChanged;
    }
}
