package no.kurer.broker.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Counts the bytes read through it and throws {@code refusal} as soon as they pass {@code limit}, so a body without a
 * {@code Content-Length} is refused while it streams, after at most one buffer past the limit.
 */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final Supplier<? extends RuntimeException> refusal;
    private long count;

    LimitedInputStream(InputStream in, long limit, Supplier<? extends RuntimeException> refusal) {
        super(in);
        this.limit = limit;
        this.refusal = refusal;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = in.skip(n);
        if (skipped > 0) {
            counted(skipped);
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) {
        count += n;
        if (count > limit) {
            throw refusal.get();
        }
    }
}
