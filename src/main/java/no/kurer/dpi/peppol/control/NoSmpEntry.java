package no.kurer.dpi.peppol.control;

/** The SMP has nothing for the receiver, document type and process (or only endpoints of another transport profile). */
public class NoSmpEntry extends RuntimeException {

    public NoSmpEntry(String detail) {
        super(detail);
    }
}
