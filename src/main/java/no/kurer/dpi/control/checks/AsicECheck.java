package no.kurer.dpi.control.checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks the structure of a plain ASiC-E dokumentpakke (ETSI TS 102 918, as profiled by Digdir):
 * {@code mimetype} first and stored, a manifest, safe and unique entry names, local file headers that agree
 * with the central directory ({@link LocalHeaders}), a bounded number of entries, and a bounded expansion measured
 * by actually inflating every entry.
 * It does not verify the XAdES signature.
 */
public class AsicECheck implements DokumentpakkeCheck {

    public static final int DEFAULT_MAX_ENTRIES = 1_000;
    public static final int DEFAULT_MAX_RATIO = 100;
    public static final long DEFAULT_MAX_UNCOMPRESSED_BYTES = 1L << 30;
    /** Below this much inflated data, ratios are not judged: small text legitimately compresses very well. */
    static final long RATIO_GRACE_BYTES = 1L << 20;

    private static final Set<String> MANIFESTS =
            Set.of("manifest.xml", "meta-inf/manifest.xml", "meta-inf/asicmanifest.xml");

    private final int maxEntries;
    private final int maxRatio;
    private final long maxUncompressedBytes;

    public AsicECheck() {
        this(DEFAULT_MAX_ENTRIES);
    }

    public AsicECheck(int maxEntries) {
        this(maxEntries, DEFAULT_MAX_RATIO, DEFAULT_MAX_UNCOMPRESSED_BYTES);
    }

    /** @param maxRatio how many times its compressed size an entry, and the whole package, may expand to */
    public AsicECheck(int maxEntries, int maxRatio, long maxUncompressedBytes) {
        this.maxEntries = maxEntries;
        this.maxRatio = maxRatio;
        this.maxUncompressedBytes = maxUncompressedBytes;
    }

    @Override
    public void check(Path file) {
        long fileSize = size(file);
        MimetypeHeader.check(file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > maxEntries) {
                throw invalid("it has " + zip.size() + " entries; at most " + maxEntries + " are allowed");
            }
            List<ZipEntry> entries = entries(zip);
            if (!entries.get(0).getName().equals(MimetypeHeader.NAME)) {
                throw invalid("the central directory does not list 'mimetype' first");
            }
            if (entries.stream().noneMatch(e -> MANIFESTS.contains(e.getName().toLowerCase(Locale.ROOT)))) {
                throw invalid("it has no manifest (manifest.xml, META-INF/manifest.xml or META-INF/ASiCManifest.xml)");
            }
            LocalHeaders.check(file);
            inflateAll(zip, entries, fileSize);
        } catch (ZipException e) {
            throw invalid("it is not a readable ZIP archive");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the stored dokumentpakke " + file, e);
        }
    }

    private List<ZipEntry> entries(ZipFile zip) {
        List<ZipEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
            ZipEntry entry = all.nextElement();
            EntryName.check(entry.getName());
            if (!seen.add(entry.getName().toLowerCase(Locale.ROOT))) {
                throw invalid("the entry name '" + entry.getName() + "' occurs more than once");
            }
            entries.add(entry);
        }
        if (entries.isEmpty()) {
            throw invalid("it has no entries");
        }
        return entries;
    }

    private void inflateAll(ZipFile zip, List<ZipEntry> entries, long fileSize) throws IOException {
        long totalLimit = Math.min(maxUncompressedBytes, Math.max(RATIO_GRACE_BYTES, maxRatio * fileSize));
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (ZipEntry entry : entries) {
            long entryLimit = Math.max(RATIO_GRACE_BYTES, maxRatio * Math.max(1, entry.getCompressedSize()));
            CRC32 crc = new CRC32();
            long inflated = 0;
            try (InputStream in = zip.getInputStream(entry)) {
                for (int read; (read = in.read(buffer)) != -1; ) {
                    inflated += read;
                    total += read;
                    if (inflated > entryLimit) {
                        throw invalid("the entry '" + entry.getName() + "' expands more than " + maxRatio
                                + " times its compressed size");
                    }
                    if (total > totalLimit) {
                        throw invalid(
                                totalLimit == maxUncompressedBytes
                                        ? "its entries expand to more than " + maxUncompressedBytes + " bytes"
                                        : "its entries expand more than " + maxRatio + " times the package's size");
                    }
                    crc.update(buffer, 0, read);
                }
            } catch (ZipException e) {
                throw invalid("the entry '" + entry.getName() + "' cannot be inflated");
            }
            if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
                throw invalid("the entry '" + entry.getName() + "' is corrupt (CRC-32 mismatch)");
            }
        }
    }

    static InvalidDokumentpakke invalid(String rule) {
        return InvalidDokumentpakke.structure("The ASiC-E dokumentpakke is refused: " + rule + ".");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the stored dokumentpakke " + file, e);
        }
    }
}
