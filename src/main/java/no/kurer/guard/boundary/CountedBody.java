package no.kurer.guard.boundary;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * A request whose body tells whether it has been read to its end, and fails to read past {@code limit} bytes (an
 * {@code IOException}), remembering that it did.
 */
public final class CountedBody extends HttpServletRequestWrapper {

    private final long limit;
    private Counted stream;

    public CountedBody(HttpServletRequest request, long limit) {
        super(request);
        this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = new Counted(super.getInputStream());
        }
        return stream;
    }

    /** Whether the body has been read to its end. */
    public boolean finished() {
        return stream != null && stream.isFinished();
    }

    /** Whether a read went past the limit. */
    public boolean crossed() {
        return stream != null && stream.crossed;
    }

    private final class Counted extends ServletInputStream {

        private final ServletInputStream in;
        private long count;
        private boolean ended;
        private boolean crossed;

        Counted(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            counted(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            long room = limit - count;
            return counted(in.read(buffer, offset, room >= length ? length : (int) room + 1));
        }

        private int counted(int read) throws IOException {
            if (read < 0) {
                ended = true;
                return read;
            }
            count += read;
            if (count > limit) {
                crossed = true;
                throw new IOException("The request body is larger than " + limit + " bytes");
            }
            return read;
        }

        @Override
        public boolean isFinished() {
            return ended || in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
