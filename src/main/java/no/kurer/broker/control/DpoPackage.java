package no.kurer.broker.control;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The broker file of a DPO message as Digdir's integration point builds it ({@code sbd.zip}, its {@code AltinnPackage}):
 * a zip holding {@code sbd.json} (the standard business document) and {@code asic.zip} (the payload: a signed ASiC-E,
 * CMS-encrypted to the receiver, see {@link DpoPayload}). Written and read through files, never whole in memory.
 */
public final class DpoPackage {

    public static final String FILE_NAME = "sbd.zip";
    public static final String SBD_ENTRY = "sbd.json";
    public static final String ASIC_ENTRY = "asic.zip";

    private DpoPackage() {}

    /** The written package: its size and MD5 (hex), computed while writing. */
    public record Written(Path file, long size, String md5) {}

    /** The unpacked package: the SBD JSON and the payload, {@code asic.zip}, extracted beside it (or null). */
    public record Unpacked(String sbdJson, Path asic) {}

    /** Writes the payload ({@code asic.zip}) to a stream that stays open. */
    @FunctionalInterface
    public interface Payload {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes the package to {@code target}, via a temporary file beside it; the payload is streamed straight into
     * its entry (see {@link DpoPayload#seal}). A null payload writes {@code sbd.json} alone, as for the eFormidling
     * status messages, which carry no files.
     */
    public static Written write(String sbdJson, Payload payload, Path target) {
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        try {
            MessageDigest md5 = Md5.digest();
            CountingOutputStream counted;
            try (OutputStream file = Files.newOutputStream(temp);
                    ZipOutputStream zip = new ZipOutputStream(
                            counted = new CountingOutputStream(new DigestOutputStream(file, md5)))) {
                zip.putNextEntry(new ZipEntry(SBD_ENTRY));
                zip.write(sbdJson.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                if (payload != null) {
                    // encrypted bytes do not compress: stored deflate blocks, no pass of the compressor over them
                    zip.setLevel(Deflater.NO_COMPRESSION);
                    zip.putNextEntry(new ZipEntry(ASIC_ENTRY));
                    payload.writeTo(zip);
                    zip.closeEntry();
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Written(target, counted.count(), Md5.hex(md5));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the DPO package " + target, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** As {@link #read(Path, Path, EntryLimits)} with {@link EntryLimits#DEFAULT}. */
    public static Unpacked read(Path zipFile, Path asicTarget) {
        return read(zipFile, asicTarget, EntryLimits.DEFAULT);
    }

    /**
     * Reads {@code sbd.json} and extracts {@code asic.zip} to {@code asicTarget}, each within its limits.
     *
     * @throws CorruptPackage when the file is not a zip or has no readable {@code sbd.json}
     * @throws RefusedDpoFile when an entry is larger or inflates more than the limits allow (nothing is left written)
     */
    public static Unpacked read(Path zipFile, Path asicTarget, EntryLimits limits) {
        try (Opened opened = open(zipFile, limits)) {
            if (opened.payload() == null) {
                return new Unpacked(opened.sbdJson(), null);
            }
            Files.createDirectories(asicTarget.getParent());
            try (OutputStream out = Files.newOutputStream(asicTarget)) {
                opened.payload().transferTo(out);
            } catch (RuntimeException | IOException e) {
                deleteQuietly(asicTarget);
                throw e;
            }
            return new Unpacked(opened.sbdJson(), asicTarget);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the DPO package " + zipFile, e);
        }
    }

    /**
     * The package opened without extracting anything: {@code sbd.json} read within its limit, {@code asic.zip}
     * (if any) as a stream of its inflated bytes that stops at the limits (see {@link EntryLimits#open}), so that
     * it can be decrypted straight from the broker file.
     *
     * @throws CorruptPackage when the file is not a zip or has no readable {@code sbd.json}
     * @throws RefusedDpoFile when an entry declares or inflates more than the limits allow
     */
    public static Opened open(Path zipFile, EntryLimits limits) {
        ZipFile zip = null;
        try {
            zip = new ZipFile(zipFile.toFile());
            long fileSize = Files.size(zipFile);
            ZipEntry sbd = zip.getEntry(SBD_ENTRY);
            if (sbd == null) {
                throw new CorruptPackage("The broker file holds no " + SBD_ENTRY + ".");
            }
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            limits.copy(zip, sbd, limits.maxSbdBytes(), fileSize, json);
            ZipEntry asic = zip.getEntry(ASIC_ENTRY);
            InputStream payload = asic == null ? null : limits.open(zip, asic, limits.maxPayloadBytes(), fileSize);
            return new Opened(zip, json.toString(StandardCharsets.UTF_8), payload);
        } catch (ZipException e) {
            closeQuietly(zip);
            throw new CorruptPackage("The broker file is not a readable zip: " + e.getMessage());
        } catch (IOException e) {
            closeQuietly(zip);
            throw new UncheckedIOException("cannot read the DPO package " + zipFile, e);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    /** An opened package; {@code payload} is null when it has no {@code asic.zip}. */
    public record Opened(ZipFile zip, String sbdJson, InputStream payload) implements Closeable {

        /**
         * Reads what is left of the payload through its limits, so that an entry past them is refused as such
         * whatever else is wrong with the file, and bytes after the CMS structure count too.
         *
         * @throws RefusedDpoFile when the rest inflates past the limits
         * @throws CorruptPackage when the rest cannot be inflated
         */
        public void drain() {
            if (payload != null) {
                try {
                    payload.transferTo(OutputStream.nullOutputStream());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the DPO package", e);
                }
            }
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            if (zip != null) {
                zip.close();
            }
        } catch (IOException e) {
            // nothing was read from it
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a leftover temporary file; the next write replaces it
        }
    }
}
