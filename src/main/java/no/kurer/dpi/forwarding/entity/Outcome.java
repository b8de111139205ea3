package no.kurer.dpi.forwarding.entity;

/** How one attempt to hand a message to corner 3 ended. */
public enum Outcome {
    /** Corner 3 accepted message and package (or already had them). */
    ACCEPTED,
    /** No route, no token, corner 3 unreachable or refusing: the message is tried again later. */
    FAILED,
    /** As {@link #FAILED}, and it was the last attempt allowed: the message is FEILET. */
    GAVE_UP
}
