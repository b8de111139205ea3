package no.kurer.broker.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dpo.max-message-bytes}: the files of one outgoing message together, counted while they stream. */
class MessageLimitTest {

    @TempDir
    Path dir;

    DpoFiles cut;

    @Test
    void aFileThatWouldPassTheLimitIsRefusedWhileItStreamsAndNothingOfItIsKept() throws IOException {
        cut = new DpoFiles(dir);
        assertEquals(600, receive("a.pdf", endless(600), -1));
        CountingStream body = endless(Long.MAX_VALUE);
        MessageTooLarge refused = assertThrows(MessageTooLarge.class, () -> receive("b.pdf", body, -1));
        assertEquals(413, refused.status());
        assertEquals("urn:kurer:problem:dpo-message-too-large", refused.type());
        assertTrue(refused.detail().contains("its other files hold 600"), refused.detail());
        assertTrue(body.read < 1000 + 64 * 1024, "stopped reading soon after the limit: " + body.read);
        assertEquals(List.of("a.pdf"), names());
        assertEquals(600, cut.outgoingSize(1));
        assertEquals(400, receive("b.pdf", endless(400), -1), "exactly the limit is kept");
    }

    @Test
    void aDeclaredLengthPastTheLimitIsRefusedBeforeAnythingIsRead() throws IOException {
        cut = new DpoFiles(dir);
        CountingStream body = endless(2000);
        assertThrows(MessageTooLarge.class, () -> receive("a.pdf", body, 1001));
        assertEquals(0, body.read);
        assertEquals(List.of(), names());
    }

    @Test
    void aFileReplacedIsNotCountedTwice() throws IOException {
        cut = new DpoFiles(dir);
        receive("a.pdf", endless(900), -1);
        assertEquals(1000, receive("a.pdf", endless(1000), 1000));
        assertEquals(1000, cut.outgoingSize(1));
    }

    @Test
    void withoutALimitAnySizeIsKept() {
        cut = new DpoFiles(dir);
        assertEquals(5000, cut.receive(1, "a.pdf", endless(5000)));
    }

    private long receive(String name, InputStream body, long declared) {
        return cut.receive(1, name, body, 1000, declared, others -> MessageTooLarge.upload("m", 1000, others));
    }

    private List<String> names() throws IOException {
        Path files = dir.resolve("dpo/out/1/files");
        if (!Files.isDirectory(files)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(files)) {
            return all.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static CountingStream endless(long size) {
        return new CountingStream(size);
    }

    /** {@code size} bytes (or without end), counting what was read. */
    static final class CountingStream extends InputStream {
        private final long size;
        long read;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return read(new byte[1], 0, 1) < 0 ? -1 : 7;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            read += n;
            return n;
        }
    }

    @Test
    void countingStopsAtTheFirstByteTooMany() throws IOException {
        var limited = new LimitedInputStream(new ByteArrayInputStream(new byte[11]), 10, IllegalStateException::new);
        assertEquals(10, limited.readNBytes(10).length);
        assertThrows(IllegalStateException.class, limited::read);
        assertFalse(limited.markSupported());
    }
}
