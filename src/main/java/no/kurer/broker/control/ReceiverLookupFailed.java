package no.kurer.broker.control;

/**
 * At send time, the receiver's certificate could not be had ({@link DpoReceivers#forSending}): the registry down or
 * untrusted, or the receiver no longer takes DPO. The sender counts it and tries again with backoff, as any failed
 * send, and gives up after {@code broker.send.max-attempts}.
 */
public class ReceiverLookupFailed extends RuntimeException {

    public ReceiverLookupFailed(String reason) {
        super("The receiver's certificate: " + reason);
    }
}
