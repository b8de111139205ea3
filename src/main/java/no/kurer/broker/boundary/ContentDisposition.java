package no.kurer.broker.boundary;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code filename} of a {@code Content-Disposition} header, quoted or not. */
final class ContentDisposition {

    private static final Pattern FILENAME = Pattern.compile("filename\\s*=\\s*(\"([^\"]*)\"|([^;\\s]+))",
            Pattern.CASE_INSENSITIVE);

    private ContentDisposition() {
    }

    static Optional<String> filename(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = FILENAME.matcher(header);
        return m.find() ? Optional.of(m.group(2) != null ? m.group(2) : m.group(3)) : Optional.empty();
    }
}
