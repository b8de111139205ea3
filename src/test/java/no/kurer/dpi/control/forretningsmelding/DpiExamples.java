package no.kurer.dpi.control.forretningsmelding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.kurer.DigdirFiles;

/** Digdir's DPI examples (Apache-2.0), copied under {@code src/test/resources/digdir/dpi/examples}. */
public final class DpiExamples {

    private DpiExamples() {}

    public static Path dir() {
        return DigdirFiles.examples();
    }

    public static Path komplette(String file) {
        return dir().resolve("komplette").resolve(file);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> list(Path dir, String suffix) {
        try (var files = Files.list(dir)) {
            var found = files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
            if (found.isEmpty()) {
                throw new IllegalStateException("no *" + suffix + " in " + dir);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
