package no.kurer.problems;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Pattern;

/** What a problem's detail may say of input and of failures: short, on one line, and never a Java class name. */
public final class Details {

    /** A qualified class name ({@code org.jose4j.json.…ParseException}) or a bare exception name. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z][A-Za-z0-9_$]*:?\\s*|\\b[A-Z][A-Za-z0-9]*(?:Exception|Error):\\s*");

    private static final int QUOTED = 60;

    private Details() {}

    /** {@code detail} without Java class names: the last guard before a problem is written. */
    public static String withoutClassNames(String detail) {
        return detail == null ? null : CLASS_NAME.matcher(detail).replaceAll("");
    }

    /** A client's value to quote in a detail: control characters shown as '?', at most 60 characters. */
    public static String quote(String value) {
        if (value == null) {
            return "";
        }
        String shown = value.length() > QUOTED ? value.substring(0, QUOTED) + "…" : value;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    /** Why JSON could not be read, as one line with the line and column: the parser's reason, not its internals. */
    public static String json(JsonProcessingException e) {
        String reason = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
        int cut = indexOfAny(reason, "\n", " (start marker", "[Source", " at [");
        reason = withoutClassNames(cut < 0 ? reason : reason.substring(0, cut)).strip();
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1
                ? reason
                : reason + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static int indexOfAny(String s, String... needles) {
        int first = -1;
        for (String needle : needles) {
            int i = s.indexOf(needle);
            if (i >= 0 && (first < 0 || i < first)) {
                first = i;
            }
        }
        return first;
    }
}
