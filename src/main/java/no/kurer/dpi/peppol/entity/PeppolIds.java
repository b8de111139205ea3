package no.kurer.dpi.peppol.entity;

/**
 * The PEPPOL identifiers of DPI (Digdir, "Prosesser og dokumenttyper"): participants are {@code 0192:<orgno>} in scheme
 * {@code iso6523-actorid-upis}, document types are in {@code busdox-docid-qns}, processes in {@code cenbii-procid-ubl}.
 */
public final class PeppolIds {

    public static final String PARTICIPANT_SCHEME = "iso6523-actorid-upis";
    public static final String DOCUMENT_SCHEME = "busdox-docid-qns";
    public static final String PROCESS_SCHEME = "cenbii-procid-ubl";
    public static final String AS4_TRANSPORT_PROFILE = "peppol-transport-as4-v2_0";
    public static final String DIGITAL_PROCESS =
            "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0";

    private static final String DOCUMENT_PREFIX = "urn:fdc:digdir.no:2020:innbyggerpost:xsd::innbyggerpost"
            + "##urn:fdc:digdir.no:2020:innbyggerpost:schema:";

    private PeppolIds() {}

    /** {@code 0192:<orgno>}. */
    public static String participant(String orgno) {
        return orgno.startsWith("0192:") ? orgno : "0192:" + orgno;
    }

    /** The document type of an SBDH {@code documentIdentification.type} (digital, utskrift, leveringskvittering, feil, …). */
    public static String documentType(String sbdhType) {
        return DOCUMENT_PREFIX + sbdhType + "::1.0";
    }

    /** The SBDH type a DPI document type names, or {@code null} when it is not one of DPI's. */
    public static String sbdhType(String documentType) {
        if (documentType == null || !documentType.startsWith(DOCUMENT_PREFIX) || !documentType.endsWith("::1.0")) {
            return null;
        }
        return documentType.substring(DOCUMENT_PREFIX.length(), documentType.length() - "::1.0".length());
    }

    /** The process of a message, the digital one when the SBDH names none. */
    public static String process(String process) {
        return process == null || process.isBlank() ? DIGITAL_PROCESS : process;
    }
}
