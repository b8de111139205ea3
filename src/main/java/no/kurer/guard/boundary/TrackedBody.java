package no.kurer.guard.boundary;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/** A request whose body tells whether it has been read to its end. */
final class TrackedBody extends HttpServletRequestWrapper {

    private Tracked stream;

    TrackedBody(HttpServletRequest request) {
        super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = new Tracked(super.getInputStream());
        }
        return stream;
    }

    boolean finished() {
        return stream != null && stream.isFinished();
    }

    private static final class Tracked extends ServletInputStream {

        private final ServletInputStream in;
        private boolean ended;

        Tracked(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            return ended(in.read());
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return ended(in.read(buffer, offset, length));
        }

        private int ended(int result) {
            if (result < 0) {
                ended = true;
            }
            return result;
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
