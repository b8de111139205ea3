package no.kurer.dpi.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Digdir's DPI examples (Apache-2.0), used in place under {@code ${kurer.shared:-../shared}/reference/dpi/examples}. */
final class DpiExamples {

    private DpiExamples() {
    }

    static Path dir() {
        var dir = Path.of(System.getProperty("kurer.shared", "../shared")).resolve("reference/dpi/examples").toAbsolutePath();
        if (!Files.isDirectory(dir.resolve("komplette"))) {
            throw new IllegalStateException("Digdir's DPI examples are missing: expected " + dir.resolve("komplette")
                    + " (set -Dkurer.shared=<path to the shared directory>)");
        }
        return dir;
    }

    static Path komplette(String file) {
        return dir().resolve("komplette").resolve(file);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> list(Path dir, String suffix) {
        try (var files = Files.list(dir)) {
            var found = files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
            if (found.isEmpty()) {
                throw new IllegalStateException("no *" + suffix + " in " + dir);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
