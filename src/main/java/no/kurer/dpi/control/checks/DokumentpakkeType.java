package no.kurer.dpi.control.checks;

import java.util.Locale;

/** The media types a dokumentpakke may arrive as, each with the check its content must pass. */
public enum DokumentpakkeType {

    /** The normal case: the ASiC-E encrypted to the mailbox or print provider. */
    CMS("application/cms"),
    /** A plain, unencrypted ASiC-E container. */
    ASIC_E("application/vnd.etsi.asic-e+zip");

    private final String mediaType;

    DokumentpakkeType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The type of a {@code Content-Type} value; parameters and letter case are ignored.
     *
     * @throws InvalidDokumentpakke (415) for any other media type, or none
     */
    public static DokumentpakkeType of(String contentType) {
        if (contentType != null) {
            String essence = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            for (DokumentpakkeType type : values()) {
                if (type.mediaType.equals(essence)) {
                    return type;
                }
            }
        }
        throw InvalidDokumentpakke.unsupportedMediaType(contentType);
    }

    /** The one of the given checks that this type's content must pass. */
    public DokumentpakkeCheck check(CmsCheck cms, AsicECheck asicE) {
        return this == CMS ? cms : asicE;
    }
}
