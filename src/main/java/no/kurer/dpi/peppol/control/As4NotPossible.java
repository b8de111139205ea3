package no.kurer.dpi.peppol.control;

import no.kurer.dpi.forwarding.control.ForwardingFailed;

/** Kurer cannot send over AS4: its AS4 keystore is not configured or not readable, or corner 3's certificate is not trusted. */
public class As4NotPossible extends ForwardingFailed {

    public As4NotPossible(String why, Throwable cause) {
        super("Kurer cannot send over AS4: " + why, cause);
    }
}
