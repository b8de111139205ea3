package no.kurer.dpi.control.forretningsmelding;

import no.kurer.problems.Problem;

/**
 * A forretningsmelding Kurer cannot read or trust, with one problem type per failure: not a readable JWS, a signature
 * that does not hold, a type DPI does not define, too large, or sent as something other than {@code application/jwt}.
 * (A schema violation, which lists what is wrong, is {@link SchemaViolation}.)
 */
public class InvalidForretningsmelding extends Problem {

    private InvalidForretningsmelding(int status, String slug, String title, String detail) {
        super(status, slug, title, detail);
    }

    /** Not a compact JWS of at most 256 KiB with a JSON object as payload. */
    public static InvalidForretningsmelding malformed(String detail) {
        return new InvalidForretningsmelding(
                400, "malformed-forretningsmelding", "The forretningsmelding is not a readable JWS", detail);
    }

    /** The JWS signature does not verify with the leaf of its {@code x5c}, or uses another algorithm than RS256/384/512. */
    public static InvalidForretningsmelding signature(String detail) {
        return new InvalidForretningsmelding(
                400, "invalid-forretningsmelding-signature", "The forretningsmelding's signature is not valid", detail);
    }

    /** The payload names a message type that DPI does not define. */
    public static InvalidForretningsmelding unknownType(String detail) {
        return new InvalidForretningsmelding(400, "unknown-meldingstype", "Unknown forretningsmelding type", detail);
    }

    /** A body past the size any real forretningsmelding has. */
    public static InvalidForretningsmelding tooLarge(int limit) {
        return new InvalidForretningsmelding(
                413,
                "forretningsmelding-too-large",
                "Forretningsmelding too large",
                "A forretningsmelding may be at most " + limit + " bytes.");
    }

    /** Sent with a Content-Type other than {@code application/jwt}. */
    public static InvalidForretningsmelding unsupportedMediaType(String contentType) {
        return new InvalidForretningsmelding(
                415,
                "unsupported-media-type",
                "Unsupported media type",
                "A forretningsmelding is sent as application/jwt, not " + contentType + ".");
    }
}
