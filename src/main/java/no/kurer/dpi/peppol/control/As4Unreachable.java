package no.kurer.dpi.peppol.control;

import no.kurer.dpi.forwarding.control.ForwardingFailed;

/** The AS4 message did not reach corner 3: connection refused, timed out, or broken. */
public class As4Unreachable extends ForwardingFailed {

    public As4Unreachable(String endpoint, String why, Throwable cause) {
        super("Corner 3 did not answer the AS4 message at " + endpoint + ": " + why, cause);
    }
}
