package no.kurer.dpi.control.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import no.kurer.dpi.control.checks.InvalidDokumentpakke;

/**
 * Streams document packages into a directory, never holding one whole in memory.
 * A package is written to a temporary file, forced to disk and then renamed into place,
 * so the directory holds either the complete package or nothing.
 */
public class PackageStore {

    static final int BUFFER_SIZE = 64 * 1024;
    private static final String TEMP_PREFIX = ".upload-";
    private static final String TEMP_SUFFIX = ".part";

    private final Path dir;

    public PackageStore(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /**
     * Stores the body under {@link #pathFor(String) name}, replacing any earlier package of that name.
     *
     * @throws InvalidDokumentpakke {@link InvalidDokumentpakke#tooLarge(long) too large} as soon as more than {@code maxBytes} arrive
     * @throws InvalidDokumentpakke {@link InvalidDokumentpakke#aborted(long) aborted} when reading {@code in} fails
     */
    public StoredPackage receive(InputStream in, long maxBytes, String name) {
        Path target = pathFor(name);
        Path temp = createTemp();
        try {
            Written written = copy(in, maxBytes, temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory();
            return new StoredPackage(target, written.size(), written.sha256());
        } catch (IOException e) {
            UncheckedIOException failure = new UncheckedIOException("Could not store dokumentpakke " + target, e);
            deleteQuietly(temp, failure);
            throw failure;
        } catch (RuntimeException | Error e) {
            deleteQuietly(temp, e);
            throw e;
        }
    }

    private record Written(long size, byte[] sha256) {}

    private static void deleteQuietly(Path temp, Throwable cause) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    private Written copy(InputStream in, long maxBytes, Path temp) throws IOException {
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[BUFFER_SIZE];
        long size = 0;
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            int read;
            while ((read = readFromClient(in, buffer, size)) != -1) {
                size += read;
                if (size > maxBytes) {
                    throw InvalidDokumentpakke.tooLarge(maxBytes);
                }
                sha256.update(buffer, 0, read);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            out.force(true);
        }
        return new Written(size, sha256.digest());
    }

    private static int readFromClient(InputStream in, byte[] buffer, long receivedSoFar) {
        try {
            return in.read(buffer);
        } catch (IOException aborted) {
            throw InvalidDokumentpakke.aborted(receivedSoFar);
        }
    }

    /** The file a package of this name is stored in; see {@link PackageFileName} for how names are encoded. */
    public Path pathFor(String name) {
        return dir.resolve(PackageFileName.of(name));
    }

    public void delete(StoredPackage stored) {
        discard(stored.path());
    }

    /** Removes a file of this store, if it is there. */
    public void discard(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        if (!dir.equals(normalized.getParent())) {
            throw new IllegalArgumentException(file + " is not in the dokumentpakke store " + dir);
        }
        try {
            Files.deleteIfExists(normalized);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + normalized, e);
        }
    }

    /**
     * Deletes uploads a crash left half-written, once they are older than {@code age}; younger ones may
     * still be arriving, possibly at another instance sharing this directory.
     *
     * @return how many were deleted
     */
    public int removeAbandonedUploads(Duration age) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        Instant before = Instant.now().minus(age);
        int removed = 0;
        try (DirectoryStream<Path> uploads = Files.newDirectoryStream(dir, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path upload : uploads) {
                if (Files.getLastModifiedTime(upload).toInstant().isBefore(before) && Files.deleteIfExists(upload)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clean the dokumentpakke store " + dir, e);
        }
        return removed;
    }

    /**
     * Deletes packages no message refers to (a crash between writing the file and committing the message leaves
     * one), once they are older than {@code age}; a younger one may belong to an upload whose commit is still to
     * come. Hidden files (uploads in progress) are left to {@link #removeAbandonedUploads(Duration)}.
     *
     * @param referencedNames the package names messages refer to, as given to {@link #receive}
     * @return how many were deleted
     */
    public int removeUnreferenced(Duration age, Collection<String> referencedNames) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        Set<String> referenced = new HashSet<>();
        for (String name : referencedNames) {
            try {
                referenced.add(PackageFileName.of(name));
            } catch (IllegalArgumentException notAPackageName) {
                // no file can have this name
            }
        }
        Instant before = Instant.now().minus(age);
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!name.startsWith(".")
                        && !referenced.contains(name)
                        && Files.isRegularFile(file)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(before)
                        && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clean the dokumentpakke store " + dir, e);
        }
        return removed;
    }

    private Path createTemp() {
        try {
            Files.createDirectories(dir);
            return Files.createTempFile(dir, TEMP_PREFIX, TEMP_SUFFIX);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a file in the dokumentpakke store " + dir, e);
        }
    }

    /** Makes the rename itself durable; not every platform can open a directory, and then the rename must do. */
    private void syncDirectory() {
        try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Windows cannot open a directory as a channel; NTFS journals the rename.
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
