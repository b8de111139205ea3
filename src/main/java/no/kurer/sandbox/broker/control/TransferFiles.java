package no.kurer.sandbox.broker.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the sandbox broker keeps the files of its transfers: {@code ${sandbox.dir}/broker/<file transfer id>}. */
@ApplicationScoped
public class TransferFiles {

    @Inject
    @ConfigProperty(name = "sandbox.dir", defaultValue = "./data/sandbox")
    String sandboxDir;

    /** A fresh path for a multipart upload's file before its transfer exists. */
    public Path incoming() {
        return file("incoming-" + UUID.randomUUID());
    }

    public Path file(String id) {
        try {
            return Files.createDirectories(Path.of(sandboxDir, "broker")).resolve(id.toLowerCase());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes a multipart upload's file the file of transfer {@code id}. */
    public void move(Path incoming, String id) {
        try {
            Files.move(incoming, file(id), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a multipart upload's file if it is still there; a leftover would be harmless. */
    public void discard(Path incoming) {
        try {
            Files.deleteIfExists(incoming);
        } catch (IOException e) {
            // a leftover in the sandbox directory, harmless
        }
    }

    void delete(String id) {
        try {
            Files.deleteIfExists(file(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
