package no.kurer.broker.control;

import no.kurer.problems.Problem;

/**
 * The files of an outgoing message would pass {@code dpo.max-message-bytes} (413), as Digdir's integration point
 * refuses an upload past {@code difi.move.dpo.upload-size-limit}. The file that passed it is not kept; the message
 * and its other files stay as they were.
 */
public class MessageTooLarge extends Problem {

    private MessageTooLarge(String detail) {
        super(413, "dpo-message-too-large", "Message too large", detail);
    }

    /** An upload that would pass the limit, given how many bytes the message's other files hold. */
    public static MessageTooLarge upload(String messageId, long limit, long others) {
        return new MessageTooLarge("The files of message " + messageId + " may hold at most " + limit
                + " bytes together" + (others > 0 ? "; its other files hold " + others + " of them" : "")
                + ". The file was not kept.");
    }

    /** A send of a message whose files (uploaded at the same time) passed the limit together. */
    public static MessageTooLarge send(String messageId, long limit, long size) {
        return new MessageTooLarge("The files of message " + messageId + " hold " + size + " bytes, more than the "
                + limit + " a message may hold. Replace a file with a smaller one (PUT it again) before sending.");
    }
}
