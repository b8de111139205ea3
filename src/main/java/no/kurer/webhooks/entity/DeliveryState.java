package no.kurer.webhooks.entity;

/** Where one event's delivery to one subscriber stands. */
public enum DeliveryState {
    /** Not yet accepted by the subscriber; the round tries it when it is due. */
    WAITING,
    /** The subscriber answered 2xx. */
    DELIVERED,
    /** {@code webhooks.max-attempts} attempts failed; nobody tries again. */
    FAILED
}
