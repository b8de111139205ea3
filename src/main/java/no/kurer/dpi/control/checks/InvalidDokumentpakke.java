package no.kurer.dpi.control.checks;

import no.kurer.problems.Problem;

/**
 * A dokumentpakke Kurer does not keep, with one problem type per failure: a media type it does not accept, a body past
 * the size limit or broken off, a SHA-256 other than the forretningsmelding's fingerprint, or a structure that breaks a
 * rule of its media type. Nothing of it is stored.
 */
public class InvalidDokumentpakke extends Problem {

    static final String TOO_LARGE = "dokumentpakke-too-large";

    private InvalidDokumentpakke(int status, String slug, String title, String detail) {
        super(status, slug, title, detail);
    }

    /** The package is not a well-formed package of its media type; the detail names the rule it broke. */
    public static InvalidDokumentpakke structure(String detail) {
        return new InvalidDokumentpakke(400, "invalid-dokumentpakke", "Invalid dokumentpakke", detail);
    }

    public static InvalidDokumentpakke unsupportedMediaType(String mediaType) {
        return new InvalidDokumentpakke(
                415,
                "unsupported-dokumentpakke-media-type",
                "Unsupported dokumentpakke media type",
                "A dokumentpakke must be sent as " + DokumentpakkeType.CMS.mediaType() + " or "
                        + DokumentpakkeType.ASIC_E.mediaType() + ", not "
                        + (mediaType == null ? "without a media type." : "'" + mediaType + "'."));
    }

    /** The body passed the size limit; the upload was cut off. */
    public static InvalidDokumentpakke tooLarge(long maxBytes) {
        return new InvalidDokumentpakke(
                413,
                TOO_LARGE,
                "Dokumentpakke too large",
                "The dokumentpakke is larger than the limit of " + maxBytes + " bytes; nothing was stored.");
    }

    /** Reading the package from the client failed part-way (an aborted upload). */
    public static InvalidDokumentpakke aborted(long bytesReceived) {
        return new InvalidDokumentpakke(
                400,
                "dokumentpakke-aborted",
                "Dokumentpakke upload aborted",
                "The upload of the dokumentpakke broke off after " + bytesReceived
                        + " bytes; nothing was stored. Send the whole package again.");
    }

    /** The package's SHA-256 differs from the forretningsmelding's; the message keeps waiting for the right one. */
    public static InvalidDokumentpakke fingerprintMismatch(String expectedBase64, String actualBase64) {
        return new InvalidDokumentpakke(
                400,
                "dokumentpakke-fingerprint-mismatch",
                "Dokumentpakke fingerprint mismatch",
                "The dokumentpakke's SHA-256 is " + actualBase64 + " but the forretningsmelding's"
                        + " dokumentpakkefingeravtrykk.digestValue is " + expectedBase64
                        + "; the package was discarded. Send the right package again.");
    }

    /** Whether the client may still be writing the body Kurer stopped reading. */
    public boolean tooLarge() {
        return type().endsWith(":" + TOO_LARGE);
    }
}
