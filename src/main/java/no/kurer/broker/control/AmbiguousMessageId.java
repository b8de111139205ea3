package no.kurer.broker.control;

import java.util.List;
import no.kurer.problems.Problem;

/**
 * Several senders used this incoming message id (issue 13.2): Kurer keeps each, so the caller names the sender with
 * {@code ?sender=} (409).
 */
public class AmbiguousMessageId extends Problem {

    public AmbiguousMessageId(String messageId, List<String> senders) {
        super(
                409,
                "dpo-ambiguous-message-id",
                "Message id used by several senders",
                "Incoming DPO messages from "
                        + String.join(
                                ", ", senders.stream().map(s -> "0192:" + s).toList()) + " have the id " + messageId
                        + "; name one with ?sender=0192:<orgno>.");
    }
}
