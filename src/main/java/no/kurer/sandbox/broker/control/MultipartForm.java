package no.kurer.sandbox.broker.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code multipart/form-data} body read in one pass: text fields kept (each at most
 * {@value #MAX_FIELD_BYTES} bytes, at most {@value #MAX_FIELDS} of them), the file field streamed to disk through
 * {@link Uploads} (MD5 and size on the way), never whole in memory.
 */
public final class MultipartForm {

    static final int MAX_FIELD_BYTES = 64 * 1024;
    static final int MAX_FIELDS = 1000;
    private static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final int BUFFER = 64 * 1024;

    /** The form's fields (names as sent, values in order) and the stored file, or null when it had none. */
    public record Form(Map<String, List<String>> fields, Uploads.Stored file) {}

    private MultipartForm() {}

    /** The {@code boundary} parameter of a {@code multipart/form-data} content type; 400 when there is none. */
    public static String boundary(String contentType) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            String boundary = parameter(contentType, "boundary");
            if (boundary != null && !boundary.isEmpty() && boundary.length() <= 70) {
                return boundary;
            }
        }
        throw BrokerRefusal.badRequest("The body must be multipart/form-data with a boundary");
    }

    /**
     * Reads the whole body; the part named {@code fileField} (ignoring case) goes to {@code file}. A malformed body
     * is a 400; an {@link IOException} means the body broke off.
     */
    public static Form read(InputStream body, String boundary, String fileField, Path file) throws IOException {
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        PushbackInputStream in = new PushbackInputStream(
                new SequenceInputStream(new ByteArrayInputStream(new byte[] {'\r', '\n'}), body),
                BUFFER + delimiter.length);
        new Part(in, delimiter).transferTo(OutputStreamNull.INSTANCE);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Uploads.Stored stored = null;
        int count = 0;
        while (true) {
            int a = in.read();
            int b = in.read();
            if (a == '-' && b == '-') {
                return new Form(fields, stored);
            }
            if (a != '\r' || b != '\n') {
                throw BrokerRefusal.badRequest("The multipart body is malformed");
            }
            if (++count > MAX_FIELDS) {
                throw BrokerRefusal.badRequest("The multipart body has more than " + MAX_FIELDS + " parts");
            }
            String disposition = headers(in).get("content-disposition");
            String name = disposition == null ? null : parameter(disposition, "name");
            if (name == null) {
                throw BrokerRefusal.badRequest("A part of the multipart body has no name");
            }
            Part part = new Part(in, delimiter);
            if (name.equalsIgnoreCase(fileField)) {
                if (stored != null) {
                    throw BrokerRefusal.badRequest("The multipart body holds " + fileField + " more than once");
                }
                stored = Uploads.store(part, file);
            } else {
                fields.computeIfAbsent(name, n -> new ArrayList<>()).add(text(part, name));
            }
            part.transferTo(OutputStreamNull.INSTANCE);
        }
    }

    private static String text(InputStream part, String name) throws IOException {
        byte[] value = part.readNBytes(MAX_FIELD_BYTES + 1);
        if (value.length > MAX_FIELD_BYTES) {
            throw BrokerRefusal.badRequest("The form field " + name + " is longer than " + MAX_FIELD_BYTES + " bytes");
        }
        return new String(value, StandardCharsets.UTF_8);
    }

    /** A part's headers up to the empty line, names in lower case. */
    private static Map<String, String> headers(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int last = 0;
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new EOFException("The multipart body ended inside a part's headers");
            }
            bytes.write(c);
            if (bytes.size() > MAX_HEADER_BYTES) {
                throw BrokerRefusal.badRequest("A part's headers are too long");
            }
            last = last << 8 | c;
            if (last == 0x0d0a0d0a || bytes.size() == 2 && (last & 0xffff) == 0x0d0a) {
                break; // the empty line (or no headers at all)
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(
                        line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim());
            }
        }
        return headers;
    }

    /** A header's parameter ({@code name="x"} or {@code name=x}), or null. */
    static String parameter(String header, String parameter) {
        for (String piece : header.split(";")) {
            int eq = piece.indexOf('=');
            if (eq > 0 && piece.substring(0, eq).trim().equalsIgnoreCase(parameter)) {
                String value = piece.substring(eq + 1).trim();
                return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                        ? value.substring(1, value.length() - 1)
                        : value;
            }
        }
        return null;
    }

    /** One part's content: the bytes up to the next delimiter, which it consumes. */
    private static final class Part extends InputStream {

        private final PushbackInputStream in;
        private final byte[] delimiter;
        private final byte[] buffer;
        private boolean done;

        Part(PushbackInputStream in, byte[] delimiter) {
            this.in = in;
            this.delimiter = delimiter;
            this.buffer = new byte[BUFFER + delimiter.length];
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            int want = Math.min(len, BUFFER) + delimiter.length - 1;
            int have = 0;
            while (have < delimiter.length) {
                int n = in.read(buffer, have, want - have);
                if (n < 0) {
                    throw new EOFException("The multipart body ended inside a part");
                }
                have += n;
            }
            int at = indexOf(buffer, have, delimiter);
            if (at >= 0) {
                System.arraycopy(buffer, 0, b, off, at);
                in.unread(buffer, at + delimiter.length, have - at - delimiter.length);
                done = true;
                return at == 0 ? -1 : at;
            }
            int give = have - (delimiter.length - 1);
            System.arraycopy(buffer, 0, b, off, give);
            in.unread(buffer, give, have - give);
            return give;
        }

        private static int indexOf(byte[] data, int length, byte[] pattern) {
            outer:
            for (int i = 0; i <= length - pattern.length; i++) {
                for (int j = 0; j < pattern.length; j++) {
                    if (data[i + j] != pattern[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }

    private static final class OutputStreamNull extends OutputStream {

        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
    }
}
