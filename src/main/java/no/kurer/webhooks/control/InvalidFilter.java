package no.kurer.webhooks.control;

import no.kurer.problems.Problem;

/** A subscription {@code filter} outside its grammar ({@code key=value[,value…][&key=…]}) or its known keys and values. */
public class InvalidFilter extends Problem {

    public InvalidFilter(String detail) {
        super(400, "invalid-subscription-filter", "Invalid subscription filter", detail);
    }
}
