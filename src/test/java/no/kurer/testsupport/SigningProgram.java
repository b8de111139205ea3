package no.kurer.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code java bin/MaskinportenGrant.java …} from the project directory, as the README tells a user to. */
public final class SigningProgram {

    private SigningProgram() {}

    /** The program's output (a compact JWS); fails the test when it does not exit 0. */
    public static String run(Path workDir, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "bin/MaskinportenGrant.java"));
        command.addAll(List.of(args));
        Path errors = workDir.resolve("signing-program.err");
        try {
            Process process =
                    new ProcessBuilder(command).redirectError(errors.toFile()).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "bin/MaskinportenGrant.java did not finish");
            assertEquals(0, process.exitValue(), () -> "bin/MaskinportenGrant.java failed: " + read(errors));
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no error output: " + e + ")";
        }
    }
}
