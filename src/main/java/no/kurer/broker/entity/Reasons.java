package no.kurer.broker.entity;

/**
 * Reasons and descriptions as the {@code reason} and {@code description} columns ({@code VARCHAR(2000)}) hold them: a
 * longer one (an error quoting a 3,000-character entry name) is cut with an ellipsis, so saving why a message failed
 * never fails itself.
 */
public final class Reasons {

    public static final int MAX_LENGTH = 2000;

    private Reasons() {
    }

    public static String fit(String reason) {
        if (reason == null || reason.length() <= MAX_LENGTH) {
            return reason;
        }
        int end = MAX_LENGTH - 1;
        if (Character.isHighSurrogate(reason.charAt(end - 1))) {
            end--;
        }
        return reason.substring(0, end) + "…";
    }
}
