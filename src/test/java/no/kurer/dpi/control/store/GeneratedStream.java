package no.kurer.dpi.control.store;

import java.io.IOException;
import java.io.InputStream;

/** A long, reproducible stream of pseudo-random bytes that never exists whole in memory. */
final class GeneratedStream extends InputStream {

    private long remaining;
    private long state;
    private long read;
    private final long failAfter;

    GeneratedStream(long length, long seed) {
        this(length, seed, Long.MAX_VALUE);
    }

    /** A stream that throws once {@code failAfter} bytes have been read, as an aborted upload does. */
    GeneratedStream(long length, long seed, long failAfter) {
        this.remaining = length;
        this.state = seed;
        this.failAfter = failAfter;
    }

    long bytesRead() {
        return read;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (read >= failAfter) {
            throw new IOException("connection reset by peer");
        }
        if (remaining == 0) {
            return -1;
        }
        int n = (int) Math.min(length, Math.min(remaining, failAfter - read));
        for (int i = 0; i < n; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            buffer[offset + i] = (byte) (state >>> 56);
        }
        remaining -= n;
        read += n;
        return n;
    }
}
