package no.kurer.dpi.forwarding.control;

/** Corner 3 answered, but not with 2xx (nor 409, which means it already has the message). */
public class RefusedByCorner3 extends ForwardingFailed {

    public RefusedByCorner3(String call, int status, String body) {
        super("Corner 3 answered " + call + " with " + status + excerpt(body));
    }

    private static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return ": " + (oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine);
    }
}
