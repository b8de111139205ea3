package no.kurer.broker.control;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import no.kurer.problems.Details;

/**
 * What a file of an outgoing message may be called: a name every receiver can store and open. At most 255 bytes in
 * UTF-8 (what file systems allow), no control characters (NUL, CR, LF, TAB, …), none of {@code / \ : * ? " < > |},
 * not starting with '.', and none of the names the ASiC-E itself uses.
 */
final class FileNames {

    static final int MAX_BYTES = 255;
    private static final String FORBIDDEN = "/\\:*?\"<>|";

    private FileNames() {}

    /** @return the name, usable; @throws InvalidFileName saying why not */
    static String require(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidFileName("The filename is empty.");
        }
        String shown = Details.quote(name);
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidFileName("The filename '" + shown + "' is longer than " + MAX_BYTES + " bytes in UTF-8.");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c)) {
                throw new InvalidFileName(
                        "The filename '" + shown + "' contains a control character (U+" + String.format("%04X", (int) c)
                                + ", such as NUL, CR, LF or TAB), which receivers cannot open.");
            }
            if (FORBIDDEN.indexOf(c) >= 0) {
                throw new InvalidFileName("The filename '" + shown + "' contains '" + c
                        + "'; a filename cannot contain " + "any of " + FORBIDDEN + ".");
            }
        }
        if (name.startsWith(".") || DpoFiles.RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new InvalidFileName("The filename '" + shown + "' is reserved: it starts with '.' or is a name the "
                    + "ASiC-E uses itself.");
        }
        return name;
    }
}
