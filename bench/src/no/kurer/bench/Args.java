package no.kurer.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code key=value} command-line arguments. */
final class Args {

    private Args() {
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("expected key=value, got " + arg);
            }
            parsed.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return parsed;
    }
}
