package no.kurer.dpi.forwarding.control;

/** Corner 3 did not answer, over REST or AS4: connection refused, timed out, or the connection broke. */
public class Corner3Unreachable extends ForwardingFailed {

    private Corner3Unreachable(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** @param call the REST call, e.g. {@code POST https://c3.example/sendmelding/…} */
    public static Corner3Unreachable rest(String call, Throwable cause) {
        String message = cause.getMessage();
        return new Corner3Unreachable(
                "Corner 3 did not answer " + call + ": " + cause.getClass().getSimpleName()
                        + (message == null ? "" : " (" + message + ")"),
                cause);
    }

    /** @param why what phase4 reports of the failure */
    public static Corner3Unreachable as4(String endpoint, String why, Throwable cause) {
        return new Corner3Unreachable("Corner 3 did not answer the AS4 message at " + endpoint + ": " + why, cause);
    }
}
