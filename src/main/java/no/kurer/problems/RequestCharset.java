package no.kurer.problems;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;

/**
 * Refuses a body in a character set this Java cannot decode ({@code Content-Type: …; charset=NOPE}) with 415 before
 * any endpoint reads it, instead of a failure deep in the reading of the entity.
 */
@Provider
@PreMatching
public class RequestCharset implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !supported(charset)) {
            throw new UnsupportedCharset(charset);
        }
    }

    private static boolean supported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    /** The body's character set is unknown (415). */
    public static class UnsupportedCharset extends Problem {

        UnsupportedCharset(String charset) {
            super(
                    415,
                    "unsupported-charset",
                    "Unsupported character set",
                    "Content-Type names charset '" + Details.quote(charset)
                            + "', which Kurer cannot decode; send UTF-8 (charset=utf-8).");
        }
    }
}
