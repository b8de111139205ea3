package no.kurer.sandbox.broker.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultipartFormTest {

    static final String BOUNDARY = "----kurer7MA4YWxkTrZu0gW";

    @TempDir
    Path dir;

    @Test
    void streamsTheFileToDiskAndKeepsTheFields() throws Exception {
        byte[] file = new byte[300_000];
        new Random(7).nextBytes(file);
        // the boundary's own bytes inside the file, but not after CRLF: must stay file content
        System.arraycopy(("--" + BOUNDARY).getBytes(StandardCharsets.ISO_8859_1), 0, file, 1000, BOUNDARY.length() + 2);
        byte[] body = new Body()
                .field("Metadata.FileName", "sbd.zip")
                .field("Metadata.Recipients", "0192:910753614")
                .field("Metadata.Recipients", "0192:999888771")
                .file("FileTransfer", file)
                .field("Metadata.Checksum", "abc")
                .end();
        Path target = dir.resolve("f");
        MultipartForm.Form form = MultipartForm.read(new Trickle(body), BOUNDARY, "FileTransfer", target);
        assertArrayEquals(file, Files.readAllBytes(target));
        assertEquals(file.length, form.file().size());
        assertEquals(
                HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(file)),
                form.file().md5());
        assertEquals(List.of("0192:910753614", "0192:999888771"), form.fields().get("Metadata.Recipients"));
        assertEquals(List.of("abc"), form.fields().get("Metadata.Checksum"));
    }

    @Test
    void aFormWithoutTheFileHasNone() throws Exception {
        byte[] body = new Body().field("Metadata.FileName", "x").end();
        assertNull(MultipartForm.read(new ByteArrayInputStream(body), BOUNDARY, "FileTransfer", dir.resolve("f"))
                .file());
    }

    @Test
    void aBodyThatEndsInsideAPartBrokeOff() {
        byte[] body = new Body().field("a", "b").end();
        byte[] cut = Arrays.copyOf(body, body.length - BOUNDARY.length() - 6);
        assertThrows(
                IOException.class,
                () -> MultipartForm.read(new ByteArrayInputStream(cut), BOUNDARY, "FileTransfer", dir.resolve("f")));
    }

    @Test
    void refusesTwoFilesAndOverlongFields() {
        byte[] twice = new Body()
                .file("FileTransfer", new byte[3])
                .file("filetransfer", new byte[3])
                .end();
        assertEquals(
                400,
                assertThrows(
                                BrokerRefusal.class,
                                () -> MultipartForm.read(
                                        new ByteArrayInputStream(twice), BOUNDARY, "FileTransfer", dir.resolve("f")))
                        .status());
        byte[] long_ = new Body()
                .field("Metadata.FileName", "x".repeat(MultipartForm.MAX_FIELD_BYTES + 1))
                .end();
        assertEquals(
                400,
                assertThrows(
                                BrokerRefusal.class,
                                () -> MultipartForm.read(
                                        new ByteArrayInputStream(long_), BOUNDARY, "FileTransfer", dir.resolve("f")))
                        .status());
    }

    @Test
    void findsTheBoundaryInTheContentType() {
        assertEquals("abc", MultipartForm.boundary("multipart/form-data; boundary=abc"));
        assertEquals("a b", MultipartForm.boundary("Multipart/Form-Data;charset=utf-8; boundary=\"a b\""));
        assertEquals(
                400,
                assertThrows(BrokerRefusal.class, () -> MultipartForm.boundary("application/json"))
                        .status());
        assertEquals(
                400,
                assertThrows(BrokerRefusal.class, () -> MultipartForm.boundary("multipart/form-data"))
                        .status());
    }

    /** A body as .NET's MultipartFormDataContent writes it. */
    static final class Body {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Body field(String name, String value) {
            write("--" + BOUNDARY
                    + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Disposition: form-data; name=" + name
                    + "\r\n\r\n" + value + "\r\n");
            return this;
        }

        Body file(String name, byte[] content) {
            write("--" + BOUNDARY
                    + "\r\nContent-Type: application/octet-stream\r\nContent-Disposition: form-data; name=" + name
                    + "; filename=" + name + "; filename*=utf-8''" + name + "\r\n\r\n");
            out.writeBytes(content);
            write("\r\n");
            return this;
        }

        byte[] end() {
            write("--" + BOUNDARY + "--\r\n");
            return out.toByteArray();
        }

        private void write(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Hands out at most 1000 bytes a read, as a network would, so delimiters straddle reads. */
    static final class Trickle extends InputStream {

        private final ByteArrayInputStream in;

        Trickle(byte[] bytes) {
            this.in = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, Math.min(len, 997));
        }
    }
}
