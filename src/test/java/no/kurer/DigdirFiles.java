package no.kurer;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Digdir's DPI examples and JSON schemas (Apache-2.0, from felleslosninger/docs), read from the test class path:
 * the examples are copied under {@code src/test/resources/digdir/dpi/} (LICENSE beside them), the schemas are the
 * copies Kurer ships in {@code src/main/resources/dpi/schemas/}. Nothing outside the repository is read.
 */
public final class DigdirFiles {

    private DigdirFiles() {}

    /** {@code digdir/dpi/examples}, with {@code komplette/} inside. */
    public static Path examples() {
        return directory("/digdir/dpi/examples");
    }

    /** The JSON schemas, as copied unchanged from Digdir. */
    public static Path schemas() {
        return directory("/dpi/schemas");
    }

    private static Path directory(String resource) {
        var url = DigdirFiles.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("Digdir's files are missing from the test class path: " + resource);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
