package no.kurer.broker.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * How far the entries of an incoming broker file may inflate (issue 13.3): {@code sbd.json} to {@code maxSbdBytes}
 * ({@code dpo.max-sbd-bytes}), {@code asic.zip} to {@code maxPayloadBytes} ({@code dpo.max-file-bytes}), and neither
 * past {@code maxRatio} times its compressed size ({@code dpo.max-inflation-ratio}) once past
 * {@link #RATIO_GRACE_BYTES}. The compressed size is the entry's own, but never more than the whole file's, so a
 * central directory cannot buy itself a larger ratio. An entry is refused before it is read when it declares more,
 * and the copy stops as soon as it has inflated past a limit, whatever it declared.
 */
public record EntryLimits(long maxSbdBytes, long maxPayloadBytes, int maxRatio) {

    /** Below this much inflated data ratios are not judged: small JSON legitimately compresses very well. */
    public static final long RATIO_GRACE_BYTES = 1L << 20;
    public static final EntryLimits DEFAULT = new EntryLimits(2L << 20, 2L << 30, 100);

    /**
     * Copies the entry's inflated bytes to {@code out}, at most {@code limit} of them.
     *
     * @return the number of bytes copied
     * @throws RefusedDpoFile when the entry declares or inflates to more than it may
     */
    long copy(ZipFile zip, ZipEntry entry, long limit, long fileSize, OutputStream out) throws IOException {
        long compressed = entry.getCompressedSize() < 0 ? fileSize : Math.min(entry.getCompressedSize(), fileSize);
        long ratioLimit = Math.max(RATIO_GRACE_BYTES, maxRatio * Math.max(1, compressed));
        check(entry, entry.getSize(), limit, ratioLimit, "declares");
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int read; (read = in.read(buffer)) != -1;) {
                copied += read;
                check(entry, copied, limit, ratioLimit, "inflates to");
                out.write(buffer, 0, read);
            }
        }
        return copied;
    }

    private void check(ZipEntry entry, long size, long limit, long ratioLimit, String how) {
        if (size > limit) {
            throw new RefusedDpoFile("The broker file's " + entry.getName() + " " + how + " more than " + limit
                    + " bytes, the most it may hold.");
        }
        if (size > ratioLimit) {
            throw new RefusedDpoFile("The broker file's " + entry.getName() + " " + how + " more than " + maxRatio
                    + " times its compressed size (a zip bomb).");
        }
    }
}
