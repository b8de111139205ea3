package no.kurer.maskinporten.control;

import java.nio.file.Path;
import no.kurer.problems.Problem;

/** Kurer's own key material is configured but cannot be used: 503 naming the key and the file. */
public class UnreadableKey extends Problem {

    public UnreadableKey(String key, Path file, String reason) {
        super(
                503,
                "unreadable-key",
                "Kurer cannot read its own key",
                "Configuration key '" + key + "': cannot use " + file + ": " + reason);
    }
}
