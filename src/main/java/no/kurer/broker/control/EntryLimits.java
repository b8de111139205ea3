package no.kurer.broker.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * How far the entries of an incoming broker file may inflate (issue 13.3): {@code sbd.json} to {@code maxSbdBytes}
 * ({@code dpo.max-sbd-bytes}), {@code asic.zip} to {@code maxPayloadBytes} ({@code dpo.max-file-bytes}), and neither
 * past {@code maxRatio} times its compressed size ({@code dpo.max-inflation-ratio}) once past
 * {@link #RATIO_GRACE_BYTES}. The compressed size is the entry's own, but never more than the whole file's, so a
 * central directory cannot buy itself a larger ratio. An entry is refused before it is read when it declares more,
 * and reading it stops as soon as it has inflated past a limit, whatever it declared.
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
        try (InputStream in = open(zip, entry, limit, fileSize)) {
            return in.transferTo(out);
        }
    }

    /**
     * The entry's inflated bytes, read as they are needed; the stream throws {@link RefusedDpoFile} as soon as they
     * pass {@code limit} or the ratio, and {@link CorruptPackage} when they cannot be inflated.
     *
     * @throws RefusedDpoFile when the entry declares more than it may
     */
    InputStream open(ZipFile zip, ZipEntry entry, long limit, long fileSize) throws IOException {
        long compressed = entry.getCompressedSize() < 0 ? fileSize : Math.min(entry.getCompressedSize(), fileSize);
        long ratioLimit = Math.max(RATIO_GRACE_BYTES, maxRatio * Math.max(1, compressed));
        check(entry, entry.getSize(), limit, ratioLimit, "declares");
        return new FilterInputStream(zip.getInputStream(entry)) {
            private long inflated;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int read;
                try {
                    read = in.read(buffer, offset, length);
                } catch (ZipException e) {
                    throw new CorruptPackage(
                            "The broker file's " + entry.getName() + " cannot be inflated: " + e.getMessage());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the broker file's " + entry.getName(), e);
                }
                if (read > 0) {
                    inflated += read;
                    check(entry, inflated, limit, ratioLimit, "inflates to");
                }
                return read;
            }

            @Override
            public long skip(long n) throws IOException {
                return n <= 0 ? 0 : Math.max(0, read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192)));
            }
        };
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
