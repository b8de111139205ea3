package no.kurer.dpi.peppol.control;

import no.kurer.dpi.forwarding.control.ForwardingFailed;

/** Corner 3 answered the AS4 message, but not with a valid, signed AS4 receipt (an AS4 error, or nothing usable). */
public class As4Refused extends ForwardingFailed {

    public As4Refused(String endpoint, String why) {
        super("Corner 3 at " + endpoint + " did not give an AS4 receipt: " + why);
    }
}
