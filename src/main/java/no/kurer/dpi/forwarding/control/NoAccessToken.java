package no.kurer.dpi.forwarding.control;

/** Kurer could not get its own Maskinporten token for corner 3. */
public class NoAccessToken extends ForwardingFailed {

    public NoAccessToken(String why, Throwable cause) {
        super("No Maskinporten token for corner 3: " + why, cause);
    }
}
