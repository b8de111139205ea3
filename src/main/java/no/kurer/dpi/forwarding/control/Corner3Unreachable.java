package no.kurer.dpi.forwarding.control;

/** Corner 3 did not answer: connection refused, timed out, or the connection broke. */
public class Corner3Unreachable extends ForwardingFailed {

    public Corner3Unreachable(String call, Throwable cause) {
        super("Corner 3 did not answer " + call + ": " + describe(cause), cause);
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }
}
