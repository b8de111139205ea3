package no.kurer.dpi.forwarding.control;

/** No corner 3 is known for the receiver; an administrator may still add {@code dpi.route.<orgno>}. */
public class NoRoute extends ForwardingFailed {

    public NoRoute(String receiverOrgno, String why) {
        super("No route to corner 3 for receiver " + receiverOrgno + ": " + why);
    }
}
