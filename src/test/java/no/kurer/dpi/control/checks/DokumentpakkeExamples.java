package no.kurer.dpi.control.checks;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.kurer.dpi.control.forretningsmelding.DpiExamples;

/** Digdir's complete DPI examples ({@code src/test/resources/digdir/dpi/examples/komplette}). */
public final class DokumentpakkeExamples {

    private DokumentpakkeExamples() {}

    static Path dir() {
        return DpiExamples.dir().resolve("komplette");
    }

    public static List<Path> endingWith(String suffix) {
        try (Stream<Path> files = Files.list(dir())) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
            assertFalse(found.isEmpty(), "no example ending in " + suffix + " in " + dir());
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code dokumentpakkefingeravtrykk.digestValue} of the forretningsmelding beside a dokumentpakke. */
    public static String fingerprintFor(Path dokumentpakke) {
        String name = dokumentpakke.getFileName().toString().replaceFirst("-dokumentpakke\\.[a-z]+$", "");
        Path forretningsmelding = dokumentpakke.resolveSibling(name + "-forretningsmelding.json");
        try {
            String digest = new ObjectMapper()
                    .readTree(forretningsmelding.toFile())
                    .findValue("dokumentpakkefingeravtrykk")
                    .path("digestValue")
                    .asText();
            assertFalse(digest.isEmpty(), "no dokumentpakkefingeravtrykk.digestValue in " + forretningsmelding);
            return digest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
