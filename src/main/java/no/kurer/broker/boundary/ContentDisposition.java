package no.kurer.broker.boundary;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kurer.broker.control.InvalidFileName;

/**
 * The file name of a {@code Content-Disposition} header: {@code filename*=UTF-8''<percent-encoded>} (RFC 6266) if
 * given, else {@code filename}, quoted or not. HTTP headers are ASCII: a name with other characters comes as
 * {@code filename*}.
 */
public final class ContentDisposition {

    private static final Pattern FILENAME =
            Pattern.compile("(?:^|;)\\s*filename\\s*=\\s*(\"([^\"]*)\"|([^;\\s]+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXTENDED =
            Pattern.compile("(?:^|;)\\s*filename\\*\\s*=\\s*UTF-8'[^']*'([^;\\s]+)", Pattern.CASE_INSENSITIVE);

    private ContentDisposition() {}

    /** @throws InvalidFileName for a header with bytes outside ASCII or a {@code filename*} that does not decode */
    public static Optional<String> filename(String header) {
        if (header == null) {
            return Optional.empty();
        }
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(header)) {
            throw new InvalidFileName("The Content-Disposition header has bytes outside ASCII; give a name with other "
                    + "characters as filename*=UTF-8''<percent-encoded UTF-8> (RFC 6266).");
        }
        Matcher extended = EXTENDED.matcher(header);
        if (extended.find()) {
            try {
                return Optional.of(URLDecoder.decode(extended.group(1).replace("+", "%2B"), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new InvalidFileName("The filename* of Content-Disposition is not percent-encoded UTF-8.");
            }
        }
        Matcher m = FILENAME.matcher(header);
        return m.find() ? Optional.of(m.group(2) != null ? m.group(2) : m.group(3)) : Optional.empty();
    }
}
