package no.kurer.dpi.control.forretningsmelding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reads a forretningsmelding body as text without ever holding more than the limit in memory. */
public final class CompactJws {

    public static final int MAX_BYTES = 256 * 1024;

    private CompactJws() {}

    public static String read(InputStream body, String contentType) {
        if (contentType != null && !isJwt(contentType)) {
            throw InvalidForretningsmelding.unsupportedMediaType(contentType);
        }
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw InvalidForretningsmelding.tooLarge(MAX_BYTES);
            }
            return new String(bytes, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UnreadableBody();
        }
    }

    private static boolean isJwt(String contentType) {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/jwt") || type.equals("application/jose");
    }
}
