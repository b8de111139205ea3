package no.kurer.broker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.kurer.testsupport.BrokerParty;
import no.kurer.testsupport.Corner1;
import no.kurer.testsupport.KurerProperties;
import no.kurer.testsupport.PayaraMicro;
import org.junit.jupiter.api.Test;

/**
 * DPO files stream end to end (issue 16.6): Kurer runs with a heap (128 MiB) far smaller than a file (400 MiB,
 * generated on the fly) that it takes in by {@code PUT}, seals (ASiC-E, CMS), uploads to the sandbox broker in the
 * same JVM, downloads again as the receiver (it sends to its own organisation), decrypts, verifies and hands out by
 * NextMove's peek and pop; the test checks the file byte for byte by its SHA-256. The same server shows the
 * {@code dpo.max-message-bytes} refusals. {@code -Dkurer.it.stream-bytes} and {@code -Dkurer.it.stream-heap} change
 * the sizes.
 *
 * <p>The server runs with {@code nextmove.authentication=off}, as on a closed network where the local systems have no
 * credentials: every call here goes without them and is answered.
 */
class DpoStreamingIT {

    static final int PORT = Integer.getInteger("kurer.it.port", 18080) + 55;
    static final String KURER_ORG = "999888771";
    static final long BIG = Long.getLong("kurer.it.stream-bytes", 400L << 20);
    static final String HEAP = System.getProperty("kurer.it.stream-heap", "128m");
    static final byte[] ARKIVMELDING =
            "<arkivmelding><tittel>Stor fil</tittel></arkivmelding>".getBytes(StandardCharsets.UTF_8);
    /** Room for the big file and arkivmelding.xml, and 1 MiB more. */
    static final long LIMIT = BIG + ARKIVMELDING.length + (1 << 20);

    final Path dir = Path.of(System.getProperty("kurer.it.dir", "target/it"), "dpo-stream-" + System.nanoTime());
    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    URI base;

    @Test
    void aFileThreeTimesTheHeapGoesOutAndComesBackByteForByteAndTheLimitRefusesWhatWouldPassIt() throws Exception {
        try (PayaraMicro kurer = PayaraMicro.start(
                PORT,
                List.of("-Xmx" + HEAP, "-XX:+ExitOnOutOfMemoryError"),
                config(),
                List.of(),
                null,
                dir.resolve("server.log"))) {
            base = kurer.base();
            String messageId = UUID.randomUUID().toString();
            HttpResponse<String> created = send(HttpRequest.newBuilder(base.resolve("/api/messages/out"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(BrokerParty.sbd(
                            KURER_ORG, KURER_ORG, messageId, UUID.randomUUID().toString()))));
            assertEquals(200, created.statusCode(), "no credentials asked for: " + created.body());
            assertEquals(
                    200,
                    send(request(messageId, "arkivmelding.xml")
                                    .PUT(HttpRequest.BodyPublishers.ofByteArray(ARKIVMELDING)))
                            .statusCode());
            Generated big = new Generated(BIG);
            long started = System.nanoTime();
            assertEquals(200, put(messageId, "stor.bin", big, true), "the big file, with Content-Length");
            log("PUT of %d bytes: %.1f s", BIG, seconds(started));
            byte[] sent = big.sha256();

            theLimitRefusesAFileThatWouldPassItWithAndWithoutContentLength(messageId);

            assertEquals(
                    200,
                    send(HttpRequest.newBuilder(base.resolve("/api/messages/out/" + messageId))
                                    .POST(HttpRequest.BodyPublishers.noBody()))
                            .statusCode(),
                    "the refused uploads left the message open");
            started = System.nanoTime();
            awaitReceived(messageId, kurer);
            log("sealed, uploaded, downloaded, decrypted and verified: %.1f s", seconds(started));

            started = System.nanoTime();
            Map<String, byte[]> asic = readAsic(messageId);
            log("GET asic: %.1f s", seconds(started));
            assertArrayEquals(sent, asic.get("stor.bin"), "the big file came back byte for byte");
            assertArrayEquals(sha256(ARKIVMELDING), asic.get("arkivmelding.xml"));
            assertTrue(kurer.alive(), "no OutOfMemoryError ended the server");
            assertFalse(Files.readString(dir.resolve("server.log")).contains("OutOfMemoryError"));
        }
    }

    /** 413 by Content-Length and while streaming without it; nothing of the file kept, the other files untouched. */
    private void theLimitRefusesAFileThatWouldPassItWithAndWithoutContentLength(String messageId) throws Exception {
        long tooMuch = 3 << 20;
        HttpResponse<String> declared = send(request(messageId, "mer.bin")
                .PUT(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> new Generated(tooMuch)), tooMuch)));
        assertTooLarge(declared, messageId);
        HttpResponse<String> chunked = send(request(messageId, "mer.bin")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new Generated(tooMuch))));
        assertTooLarge(chunked, messageId);
        assertEquals(List.of("arkivmelding.xml", "stor.bin"), storedFiles(), "no part of mer.bin is left");
        assertEquals(List.of("OPPRETTET"), statuses(messageId), "the message is still open, not sent");
    }

    private static void assertTooLarge(HttpResponse<String> response, String messageId) {
        assertEquals(413, response.statusCode(), response.body());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = Corner1.readTree(response.body());
        assertEquals(
                "urn:kurer:problem:dpo-message-too-large", problem.path("type").asText());
        assertTrue(problem.path("detail").asText().contains(messageId), problem.toString());
        assertTrue(problem.path("detail").asText().contains(Long.toString(LIMIT)), problem.toString());
    }

    private int put(String messageId, String name, Generated body, boolean withLength) throws Exception {
        HttpRequest.BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(() -> body);
        HttpResponse<String> response = send(request(messageId, name)
                .timeout(Duration.ofMinutes(20))
                .PUT(withLength ? HttpRequest.BodyPublishers.fromPublisher(stream, body.size) : stream));
        return response.statusCode();
    }

    private HttpRequest.Builder request(String messageId, String name) {
        return HttpRequest.newBuilder(base.resolve("/api/messages/out/" + messageId))
                .header("Content-Type", "application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until the receiver's inbox lists the message; fails if the sender's conversation says FEIL. */
    private void awaitReceived(String messageId, PayaraMicro kurer) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(15));
        while (Instant.now().isBefore(deadline)) {
            assertTrue(kurer.alive(), "the server ended (OutOfMemoryError?); see " + dir.resolve("server.log"));
            HttpResponse<String> in =
                    send(HttpRequest.newBuilder(base.resolve("/api/messages/in?messageId=" + messageId)));
            assertEquals(200, in.statusCode(), in.body());
            if (Corner1.readTree(in.body()).path("totalElements").asLong() == 1) {
                return;
            }
            assertFalse(
                    statuses(messageId).contains("FEIL"), statuses(messageId).toString());
            Thread.sleep(1000);
        }
        throw new AssertionError("not received within 15 minutes");
    }

    /** The eFormidling statuses of the message, in the order recorded. */
    private List<String> statuses(String messageId) throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(base.resolve("/api/statuses?messageId=" + messageId)));
        assertEquals(200, page.statusCode(), page.body());
        List<String> statuses = new ArrayList<>();
        Corner1.readTree(page.body())
                .path("content")
                .forEach(s -> statuses.add(s.path("status").asText()));
        return statuses;
    }

    /** Peeks (locks) and pops the message; the entries of its payload, each by its SHA-256, read as a stream. */
    private Map<String, byte[]> readAsic(String messageId) throws Exception {
        HttpResponse<String> peek =
                send(HttpRequest.newBuilder(base.resolve("/api/messages/in/peek?messageId=" + messageId)));
        assertEquals(200, peek.statusCode(), peek.body());
        HttpResponse<InputStream> response = http.send(
                HttpRequest.newBuilder(base.resolve("/api/messages/in/pop/" + messageId))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        Map<String, byte[]> digests = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(response.body())) {
            byte[] buffer = new byte[1 << 16];
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                for (int n; (n = zip.read(buffer)) >= 0; ) {
                    sha256.update(buffer, 0, n);
                }
                digests.put(entry.getName(), sha256.digest());
            }
        }
        return digests;
    }

    private List<String> storedFiles() throws IOException {
        try (Stream<Path> messages = Files.list(dir.resolve("files/dpo/out"))) {
            Path files = messages.findFirst().orElseThrow().resolve("files");
            try (Stream<Path> names = Files.list(files)) {
                return names.map(f -> f.getFileName().toString()).sorted().toList();
            }
        }
    }

    private Map<String, String> config() {
        Map<String, String> config = KurerProperties.sandbox(dir, PORT, KurerProperties.h2(dir));
        config.put("broker.poll.interval", "1");
        config.put("broker.read-timeout-ms", "600000");
        config.put("broker.rate.window-seconds", "1");
        config.put("dpo.max-message-bytes", Long.toString(LIMIT));
        config.put("nextmove.authentication", "off");
        return config;
    }

    private static byte[] sha256(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.out.printf("DpoStreamingIT: " + format + "%n", args);
    }

    /** {@code size} pseudo-random bytes, made as they are read, their SHA-256 computed on the way. */
    static final class Generated extends InputStream {
        private final long size;
        private final byte[] block = new byte[1 << 20];
        private final MessageDigest sha256;
        private long position;

        Generated(long size) {
            this.size = size;
            new Random(size).nextBytes(block);
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int at = (int) (position % block.length);
            int n = (int) Math.min(Math.min(len, block.length - at), size - position);
            System.arraycopy(block, at, b, off, n);
            if (at == 0) {
                b[off] = (byte) (position / block.length); // no two blocks alike
            }
            sha256.update(b, off, n);
            position += n;
            return n;
        }

        byte[] sha256() {
            return sha256.digest();
        }
    }
}
