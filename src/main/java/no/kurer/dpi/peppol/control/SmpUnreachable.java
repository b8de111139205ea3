package no.kurer.dpi.peppol.control;

/** The SMP did not answer: connection refused, timed out, or interrupted. */
public class SmpUnreachable extends RuntimeException {

    public SmpUnreachable(String detail, Throwable cause) {
        super(detail, cause);
    }
}
