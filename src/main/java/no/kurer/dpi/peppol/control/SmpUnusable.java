package no.kurer.dpi.peppol.control;

/** The SMP could not be reached, or what it answered cannot be trusted or read. */
public class SmpUnusable extends RuntimeException {

    public SmpUnusable(String detail, Throwable cause) {
        super(detail, cause);
    }
}
