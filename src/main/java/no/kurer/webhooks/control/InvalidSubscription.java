package no.kurer.webhooks.control;

import no.kurer.problems.Problem;

/** A subscription body Kurer cannot take: a missing or unknown field value. */
public class InvalidSubscription extends Problem {

    public InvalidSubscription(String detail) {
        super(400, "invalid-subscription", "Invalid subscription", detail);
    }
}
