package no.kurer.broker.entity;

/**
 * Where a DPO message stands. Outgoing: {@code CREATED} (taking files) → {@code QUEUED} (send requested) →
 * {@code INITIALIZED} (the broker gave a fileTransferId) → {@code UPLOADED} → {@code PUBLISHED} → {@code DELIVERED}
 * (every recipient confirmed its download), or {@code FAILED} with the broker's reason. Incoming: {@code RECEIVED}
 * (stored, waiting for the local system) → {@code READ}, or {@code FAILED} (the package could not be read).
 */
public enum DpoState {
    CREATED,
    QUEUED,
    INITIALIZED,
    UPLOADED,
    PUBLISHED,
    DELIVERED,
    RECEIVED,
    READ,
    FAILED;

    /** Outgoing states the sender still has work in: packaging, uploading or following the transfer. */
    public boolean sending() {
        return this == QUEUED || this == INITIALIZED || this == UPLOADED || this == PUBLISHED;
    }
}
