package no.kurer.broker.entity;

import no.kurer.platform.WorkClaim;

/**
 * Reasons and descriptions as the {@code reason} and {@code description} columns ({@code VARCHAR(2000)}) hold them: a
 * longer one (an error quoting a 3,000-character entry name) is cut with an ellipsis, so saving why a message failed
 * never fails itself.
 */
public final class Reasons {

    public static final int MAX_LENGTH = WorkClaim.MAX_ERROR;

    private Reasons() {}

    public static String fit(String reason) {
        return WorkClaim.fit(reason);
    }
}
