package no.kurer.dpi.forwarding.control;

/**
 * Corner 3 answered, but did not accept the message: over REST not with 2xx (nor 409, which means it already has the
 * message), over AS4 not with a valid, signed AS4 receipt (an AS4 error, or nothing usable).
 */
public class Corner3Refused extends ForwardingFailed {

    private Corner3Refused(String reason) {
        super(reason);
    }

    /** A REST call answered with {@code status}; the body's first 300 characters name why. */
    public static Corner3Refused rest(String call, int status, String body) {
        return new Corner3Refused("Corner 3 answered " + call + " with " + status + excerpt(body));
    }

    public static Corner3Refused noAs4Receipt(String endpoint, String why) {
        return new Corner3Refused("Corner 3 at " + endpoint + " did not give an AS4 receipt: " + why);
    }

    private static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return ": " + (oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine);
    }
}
