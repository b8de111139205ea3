package no.kurer.broker.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerTest {

    @TempDir
    Path dir;

    final FakeBrokerApi api = new FakeBrokerApi();
    final List<String> tokens = new ArrayList<>();
    final Broker cut = new Broker(api, () -> {
        tokens.add("t");
        return "token-1";
    });

    @Test
    void initializeSendsTheBodyWithTheSystemUserTokenAndReturnsTheId() {
        api.answer = Response.ok("{\"fileTransferId\":\"0b7a3f9e-0000-4000-8000-000000000001\"}")
                .build();
        String id = cut.initialize(Map.of("fileName", "sbd.zip"));
        assertEquals("0b7a3f9e-0000-4000-8000-000000000001", id);
        assertEquals("Bearer token-1", api.authorization);
        assertTrue(api.body.contains("\"fileName\":\"sbd.zip\""));
    }

    @Test
    void fiveHundredsAndConnectionFailuresAreWorthRetryingRefusalsCarryAltinnsReason() {
        api.answer = Response.status(503)
                .entity("{\"title\":\"Service Unavailable\"}")
                .build();
        assertThrows(BrokerUnreachable.class, () -> cut.initialize(Map.of()));
        api.failure = new ProcessingException(new java.net.SocketTimeoutException("Read timed out"));
        BrokerUnreachable timeout = assertThrows(BrokerUnreachable.class, () -> cut.initialize(Map.of()));
        assertTrue(timeout.getMessage().contains("Read timed out"));
        api.failure = null;
        api.answer = Response.status(400)
                .entity("{\"title\":\"Bad\",\"detail\":\"Recipient 0192:1 is not valid\"}")
                .build();
        BrokerRefused refused = assertThrows(BrokerRefused.class, () -> cut.initialize(Map.of()));
        assertEquals(400, refused.brokerStatus());
        assertTrue(refused.detail().contains("Recipient 0192:1 is not valid"), refused.detail());
    }

    @Test
    void anUploadTheBrokerHasAlreadyIsDone() throws IOException {
        Path file = Files.write(dir.resolve("sbd.zip"), new byte[] {1, 2, 3});
        api.answer =
                Response.status(409).entity("{\"detail\":\"already uploaded\"}").build();
        cut.upload("id", file);
        assertArrayEquals(new byte[] {1, 2, 3}, api.uploaded);
    }

    @Test
    void aDroppedDownloadResumesWithRangeAndTheMd5CoversTheWholeFile() throws Exception {
        byte[] file = new byte[200_000];
        new Random(1).nextBytes(file);
        api.file = file;
        api.dropFirstAfter = 70_000;
        Path target = dir.resolve("in.zip");

        String md5 = cut.download("id", target);

        assertArrayEquals(file, Files.readAllBytes(target));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(file)), md5);
        assertEquals(List.of("none", "bytes=70000-"), api.ranges);
    }

    @Test
    void a429IsNotARefusalAndNoCallToThatEndpointIsMadeBeforeItsRetryAfter() {
        BrokerPacing pacing = new BrokerPacing(
                new BrokerPacing.Limits(Duration.ofMinutes(1), call -> 100, Duration.ofSeconds(5)), Clock.systemUTC());
        Broker paced = new Broker(api, () -> "token-1", pacing);
        api.answer = Response.status(429)
                .header("Retry-After", "1")
                .entity("{\"title\":\"Too Many Requests\"}")
                .build();
        long told = System.nanoTime();
        BrokerUnreachable limited =
                assertThrows(BrokerUnreachable.class, () -> paced.search("r", "Published", "Initialized"));
        assertEquals("urn:kurer:problem:dpo-broker-rate-limited", limited.type());
        assertTrue(limited.getMessage().contains("1 s"), limited.getMessage());

        api.answer = Response.ok("[]").build();
        long before = System.nanoTime();
        paced.confirmDownload("id");
        assertTrue(System.nanoTime() - before < 500_000_000L, "another endpoint is not held back");
        api.answer = Response.ok("[]").build();
        paced.search("r", "Published", "Initialized");
        assertTrue(System.nanoTime() - told >= 1_000_000_000L, "the search waited for Retry-After");
    }

    /** The broker's answers, set per test; downloads serve {@code file}, the first one cut short when asked. */
    static class FakeBrokerApi implements BrokerApi {
        Response answer;
        RuntimeException failure;
        String authorization;
        String body;
        byte[] uploaded;
        byte[] file;
        long dropFirstAfter = -1;
        final List<String> ranges = new ArrayList<>();

        private Response answer() {
            if (failure != null) {
                throw failure;
            }
            return answer;
        }

        @Override
        public Response initialize(String authorization, String json) {
            this.authorization = authorization;
            this.body = json;
            return answer();
        }

        @Override
        public Response upload(String authorization, String fileTransferId, InputStream body) {
            try {
                uploaded = body.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return answer();
        }

        @Override
        public Response search(
                String authorization, String resourceId, String status, String recipientStatus, String role) {
            return answer();
        }

        @Override
        public Response overview(String authorization, String fileTransferId) {
            return answer();
        }

        @Override
        public Response download(String authorization, String fileTransferId, String range) {
            ranges.add(range == null ? "none" : range);
            if (range != null) {
                int from = Integer.parseInt(range.substring(6, range.length() - 1));
                return Response.status(206)
                        .entity(new ByteArrayInputStream(file, from, file.length - from))
                        .build();
            }
            InputStream whole = new ByteArrayInputStream(file);
            if (dropFirstAfter < 0) {
                return Response.ok(whole).build();
            }
            long drop = dropFirstAfter;
            dropFirstAfter = -1;
            return Response.ok(new InputStream() {
                        long read;

                        @Override
                        public int read() throws IOException {
                            if (read++ >= drop) {
                                throw new IOException("Connection reset");
                            }
                            return whole.read();
                        }
                    })
                    .build();
        }

        @Override
        public Response confirmDownload(String authorization, String fileTransferId) {
            return answer();
        }
    }
}
