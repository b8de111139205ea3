package no.kurer.dpi.peppol.boundary;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/** A response that drops the status, headers and body written once {@code silenced} holds. */
final class SilencedResponse extends HttpServletResponseWrapper {

    private final BooleanSupplier silenced;

    SilencedResponse(HttpServletResponse response, BooleanSupplier silenced) {
        super(response);
        this.silenced = silenced;
    }

    @Override
    public void setStatus(int status) {
        if (!silenced.getAsBoolean()) {
            super.setStatus(status);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (!silenced.getAsBoolean()) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!silenced.getAsBoolean()) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setContentType(String type) {
        if (!silenced.getAsBoolean()) {
            super.setContentType(type);
        }
    }

    @Override
    public void sendError(int status) throws IOException {
        if (!silenced.getAsBoolean()) {
            super.sendError(status);
        }
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        if (!silenced.getAsBoolean()) {
            super.sendError(status, message);
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        ServletOutputStream out = super.getOutputStream();
        return new ServletOutputStream() {
            @Override
            public void write(int b) throws IOException {
                if (!silenced.getAsBoolean()) {
                    out.write(b);
                }
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (!silenced.getAsBoolean()) {
                    out.write(bytes, offset, length);
                }
            }

            @Override
            public boolean isReady() {
                return out.isReady();
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                out.setWriteListener(listener);
            }
        };
    }
}
