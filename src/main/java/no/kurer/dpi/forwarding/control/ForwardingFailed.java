package no.kurer.dpi.forwarding.control;

/**
 * An attempt to hand a message to corner 3 failed; the message is tried again later. Not a {@code Problem}: no HTTP
 * client ever sees it, its message is what the attempt log and the sender's status history record.
 */
public abstract class ForwardingFailed extends RuntimeException {

    protected ForwardingFailed(String reason) {
        super(reason);
    }

    protected ForwardingFailed(String reason, Throwable cause) {
        super(reason, cause);
    }
}
