package no.kurer.webhooks.control;

import no.kurer.problems.Problem;

public class UnknownSubscription extends Problem {

    public UnknownSubscription(long id) {
        super(404, "unknown-subscription", "Unknown subscription", "No subscription " + id + ".");
    }
}
