package no.kurer.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Production files stay small: none over 250 lines, and the median file with logic under 80. */
class FileSizeTest {

    static final Path SOURCES = Path.of("src/main/java");
    static final int MAX_LINES = 250;
    static final int MAX_MEDIAN = 80;

    @Test
    void noProductionFileIsOver250Lines() {
        List<String> tooLong = sources()
                .filter(file -> lines(file) > MAX_LINES)
                .map(file -> SOURCES.relativize(file) + " (" + lines(file) + ")")
                .toList();
        assertTrue(tooLong.isEmpty(), "over " + MAX_LINES + " lines, split by concern: " + tooLong);
    }

    @Test
    void theMedianFileWithLogicIsUnder80Lines() {
        List<Integer> sizes = sources()
                .filter(FileSizeTest::hasLogic)
                .map(FileSizeTest::lines)
                .sorted()
                .toList();
        int median = sizes.get(sizes.size() / 2);
        assertTrue(median < MAX_MEDIAN, "median of " + sizes.size() + " files with logic: " + median + " lines");
    }

    /** Leaves aside package-info, records and exceptions. */
    static boolean hasLogic(Path file) {
        if (file.endsWith("package-info.java")) {
            return false;
        }
        Class<?> type = type(file);
        return !type.isRecord() && !Throwable.class.isAssignableFrom(type);
    }

    static Class<?> type(Path file) {
        String name = SOURCES.relativize(file).toString().replace(".java", "").replace('/', '.');
        try {
            return Class.forName(name, false, FileSizeTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no class for " + file, e);
        }
    }

    static Stream<Path> sources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return (int) lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
