package no.kurer.dpi.peppol.control;

/**
 * The SMP (or the SML that names it) answered, but not with a usable AS4 endpoint: it has nothing for the receiver,
 * document type and process (or only endpoints of another transport profile), or what it answered cannot be read or
 * trusted.
 */
public class SmpRefused extends RuntimeException {

    public SmpRefused(String detail) {
        super(detail);
    }

    public SmpRefused(String detail, Throwable cause) {
        super(detail, cause);
    }
}
