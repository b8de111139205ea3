package no.kurer.dpi.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Digdir's complete DPI examples in the shared reference folder. */
final class DokumentpakkeExamples {

    private DokumentpakkeExamples() {
    }

    static Path dir() {
        Path dir = Path.of(System.getProperty("kurer.shared", "../shared"))
                .resolve("reference/dpi/examples/komplette").toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(dir), "Digdir's DPI examples are missing: expected them in " + dir
                + " (set -Dkurer.shared=<path to shared>)");
        return dir;
    }

    static List<Path> endingWith(String suffix) {
        try (Stream<Path> files = Files.list(dir())) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
            assertFalse(found.isEmpty(), "no example ending in " + suffix + " in " + dir());
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code dokumentpakkefingeravtrykk.digestValue} of the forretningsmelding beside a dokumentpakke. */
    static String fingerprintFor(Path dokumentpakke) {
        String name = dokumentpakke.getFileName().toString().replaceFirst("-dokumentpakke\\.[a-z]+$", "");
        Path forretningsmelding = dokumentpakke.resolveSibling(name + "-forretningsmelding.json");
        try {
            String digest = new ObjectMapper().readTree(forretningsmelding.toFile())
                    .findValue("dokumentpakkefingeravtrykk").path("digestValue").asText();
            assertFalse(digest.isEmpty(), "no dokumentpakkefingeravtrykk.digestValue in " + forretningsmelding);
            return digest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
