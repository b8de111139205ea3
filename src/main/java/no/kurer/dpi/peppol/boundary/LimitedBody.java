package no.kurer.dpi.peppol.boundary;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/** A request whose body fails to read past {@code limit} bytes, and remembers that it did. */
final class LimitedBody extends HttpServletRequestWrapper {

    private final long limit;
    private Counted stream;

    LimitedBody(HttpServletRequest request, long limit) {
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

    boolean crossed() {
        return stream != null && stream.crossed;
    }

    private final class Counted extends ServletInputStream {

        private final ServletInputStream in;
        private long count;
        private boolean crossed;

        Counted(ServletInputStream in) {
            this.in = in;
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
            int read = in.read(buffer, offset, (int) Math.min(length, limit + 1 - count));
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(int read) throws IOException {
            count += read;
            if (count > limit) {
                crossed = true;
                throw new IOException("The AS4 message is larger than " + limit + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
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
