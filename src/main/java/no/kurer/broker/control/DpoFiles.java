package no.kurer.broker.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Stream;
import no.kurer.broker.entity.Direction;
import no.kurer.broker.entity.DpoMessage;
import no.kurer.configuration.Settings;
import no.kurer.configuration.Storage;

/**
 * Where DPO files live in the file store ({@code storage.dir}): {@code dpo/out/<id>/files/<name>} and
 * {@code dpo/out/<id>/sbd.zip} for outgoing messages (by database id), {@code dpo/in/<fileTransferId>.zip},
 * {@code dpo/in/<fileTransferId>/asic.zip.cms} (the payload as it came) and {@code dpo/in/<fileTransferId>/asic.zip}
 * (decrypted and verified) for incoming broker files. Files arrive in a temporary file and are renamed
 * into place, so a name holds a complete file or none. They are kept only while something needs them, as Digdir's
 * integration point keeps them: an outgoing message's until every recipient confirmed the download, an incoming one's
 * until the local system deletes it ({@link #discard}); a FAILED message's stay for the administrator.
 */
@ApplicationScoped
public class DpoFiles {

    private static final Logger LOG = Logger.getLogger(DpoFiles.class.getName());

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

    /**
     * Everything the file store holds of {@code message}: an outgoing message's folder (its files and its package), or
     * an incoming one's (its payload as it came and decrypted), and the file it names as its package.
     */
    public List<Path> of(DpoMessage message) {
        List<Path> paths = new ArrayList<>();
        if (message.direction() == Direction.OUT) {
            paths.add(outgoing(message.id()));
        } else if (message.fileTransferId() != null) {
            paths.add(incomingAsic(message.fileTransferId()).getParent());
        }
        if (message.packageFile() != null) {
            paths.add(Path.of(message.packageFile()));
        }
        return paths;
    }

    /**
     * Deletes files and folders (with what they hold) that nothing needs any more; one that cannot be deleted is
     * logged and left, as it is only disk.
     */
    public static void discard(List<Path> paths) {
        for (Path path : paths) {
            try (Stream<Path> tree = Files.exists(path) ? Files.walk(path) : Stream.empty()) {
                for (Path file : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException | UncheckedIOException e) {
                LOG.warning(() -> "could not delete " + path + ": " + e.getMessage());
            }
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
