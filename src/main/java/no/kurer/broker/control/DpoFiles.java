package no.kurer.broker.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import no.kurer.configuration.Settings;
import no.kurer.configuration.Storage;

/**
 * Where DPO files live in the file store ({@code storage.dir}): {@code dpo/out/<id>/files/<name>} and
 * {@code dpo/out/<id>/sbd.zip} for outgoing messages (by database id), {@code dpo/in/<fileTransferId>.zip},
 * {@code dpo/in/<fileTransferId>/asic.zip.cms} (the payload as it came) and {@code dpo/in/<fileTransferId>/asic.zip}
 * (decrypted and verified) for incoming broker files. Files arrive in a temporary file and are renamed
 * into place, so a name holds a complete file or none.
 */
@ApplicationScoped
public class DpoFiles {

    /** Names the ASiC-E itself uses. */
    static final Set<String> RESERVED = Set.of("mimetype", "manifest.xml", "meta-inf");

    private Supplier<Path> root;

    protected DpoFiles() {
        // for CDI
    }

    /** Below {@code storage.dir}, read when a file is named. */
    @Inject
    public DpoFiles(Settings settings) {
        this.root = () -> Storage.folder(settings, "dpo").toAbsolutePath().normalize();
    }

    public DpoFiles(Path storageDir) {
        Path dpo = storageDir.toAbsolutePath().normalize().resolve("dpo");
        this.root = () -> dpo;
    }

    /**
     * Streams {@code body} into the message's files, replacing a file of the same name; @throws InvalidFileName,
     * EmptyFile (nothing is kept of either)
     */
    public long receive(long messageKey, String fileName, InputStream body) {
        return receive(messageKey, fileName, body, Long.MAX_VALUE, -1, others -> new IllegalStateException());
    }

    /**
     * As {@link #receive(long, String, InputStream)}, the message's files holding at most {@code maxMessageBytes}
     * together (the file it replaces not counted): refused before anything is read when {@code declaredLength} (-1
     * when unknown) says so, else as soon as the bytes read pass it; the part written so far is deleted.
     *
     * @param tooLarge the refusal, given how many bytes the message's other files hold
     */
    public long receive(
            long messageKey,
            String fileName,
            InputStream body,
            long maxMessageBytes,
            long declaredLength,
            LongFunction<? extends RuntimeException> tooLarge) {
        Path target = outgoingFile(messageKey, fileName);
        long others = 0;
        for (Path existing : outgoingFiles(messageKey)) {
            String name = existing.getFileName().toString();
            if (!name.equals(fileName) && name.equalsIgnoreCase(fileName)) {
                throw new InvalidFileName("The message already has a file '" + name + "'; a receiver whose file system "
                        + "ignores case cannot keep both. Use another filename.");
            }
            others += name.equals(fileName) ? 0 : sizeOf(existing);
        }
        long allowed = maxMessageBytes - others;
        final long held = others;
        if (declaredLength > allowed) {
            throw tooLarge.apply(held);
        }
        Path temp = target.resolveSibling(".part-" + UUID.randomUUID());
        try {
            Files.createDirectories(target.getParent());
            long size = Files.copy(
                    new LimitedInputStream(body, allowed, () -> tooLarge.apply(held)),
                    temp,
                    StandardCopyOption.REPLACE_EXISTING);
            if (size == 0) {
                throw new EmptyFile(fileName);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + fileName, e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a stray part file is never listed: its name starts with '.'
            }
        }
    }

    /** The bytes the message's files hold together. */
    public long outgoingSize(long messageKey) {
        return outgoingFiles(messageKey).stream().mapToLong(DpoFiles::sizeOf).sum();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file, e);
        }
    }

    /** Where the named file of an outgoing message lives; @throws InvalidFileName if it is no name to send */
    public Path outgoingFile(long messageKey, String fileName) {
        return outgoing(messageKey).resolve("files").resolve(FileNames.require(fileName));
    }

    /** The message's files, by name. */
    public List<Path> outgoingFiles(long messageKey) {
        Path dir = outgoing(messageKey).resolve("files");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    public Path outgoingPackage(long messageKey) {
        return outgoing(messageKey).resolve(DpoPackage.FILE_NAME);
    }

    public Path incomingPackage(String fileTransferId) {
        return directory(root.get().resolve("in")).resolve(safe(fileTransferId) + ".zip");
    }

    /** The decrypted, verified payload (an ASiC-E), what the local system fetches. */
    public Path incomingAsic(String fileTransferId) {
        return root.get().resolve("in").resolve(safe(fileTransferId)).resolve(DpoPackage.ASIC_ENTRY);
    }

    private Path outgoing(long messageKey) {
        return root.get().resolve("out").resolve(Long.toString(messageKey));
    }

    private static Path directory(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    private static String safe(String id) {
        if (!id.matches("[A-Za-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("not a file transfer id: " + id);
        }
        return id;
    }
}
