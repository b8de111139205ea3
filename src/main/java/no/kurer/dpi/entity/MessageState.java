package no.kurer.dpi.entity;

/** Where an accepted message is in Kurer's hands. */
public enum MessageState {
    /** The forretningsmelding is stored; the dokumentpakke has not been received (or a failed PUT was discarded). */
    AWAITING_PACKAGE,
    /** Message and package are durably stored and waiting to be forwarded to corner 3. */
    READY_FOR_FORWARDING,
    /** Corner 3 has accepted message and package; the package file is deleted. */
    FORWARDED,
    /** Corner 3 could not be reached or refused through every attempt; the sender gets a {@code feil} receipt. */
    FAILED
}
