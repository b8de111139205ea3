package no.kurer.dpi.control.checks;

import no.kurer.problems.Problem;

/** The dokumentpakke came with a media type Kurer does not accept. */
public class UnsupportedMediaType extends Problem {

    public UnsupportedMediaType(String mediaType) {
        super(415, "unsupported-dokumentpakke-media-type", "Unsupported dokumentpakke media type",
                "A dokumentpakke must be sent as " + DokumentpakkeType.CMS.mediaType() + " or "
                        + DokumentpakkeType.ASIC_E.mediaType() + ", not "
                        + (mediaType == null ? "without a media type." : "'" + mediaType + "'."));
    }
}
