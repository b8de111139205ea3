package no.kurer.broker.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import no.kurer.metrics.control.Meters;
import no.kurer.platform.RetryAfter;

/**
 * The broker calls Kurer makes, paced to Altinn's rate limits ({@link BrokerPacing}), with the broker's answers turned
 * into Kurer's terms: {@link BrokerUnavailable} for what is worth retrying (5xx, 408, 401, timeouts, resets; a 429 is
 * {@link BrokerRateLimited}, its {@code Retry-After} kept), {@link BrokerRefused} with Altinn's reason for the rest. Uploads stream from a file; downloads stream to a file with MD5 computed on the way, resuming with
 * {@code Range} after a dropped connection.
 */
public class Broker {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int DOWNLOAD_RESUMES = 3;

    private final BrokerApi api;
    private final Supplier<String> tokens;
    private final BrokerPacing pacing;

    /** Unpaced (tests of the protocol alone). */
    public Broker(BrokerApi api, Supplier<String> tokens) {
        this(api, tokens, null);
    }

    /** Every call waits for {@code pacing} first, and tells it of a 429. */
    public Broker(BrokerApi api, Supplier<String> tokens, BrokerPacing pacing) {
        this.api = api;
        this.tokens = tokens;
        this.pacing = pacing;
    }

    /** {@code POST /filetransfer}: the new fileTransferId. */
    public String initialize(Map<String, Object> body) {
        JsonNode answer = json(call(BrokerCall.INITIALIZE, () -> api.initialize(bearer(), write(body))));
        String id = answer.path("fileTransferId").asText("");
        if (id.isBlank()) {
            throw new BrokerUnavailable("The broker answered initialize without a fileTransferId.");
        }
        return id;
    }

    /** {@code POST /filetransfer/{id}/upload}, streamed from the file; "already uploaded" (409) counts as done. */
    public void upload(String fileTransferId, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            close(call(BrokerCall.UPLOAD, () -> api.upload(bearer(), fileTransferId, in)));
            Meters.bytes("out", Files.size(file));
        } catch (BrokerRefused refused) {
            if (refused.brokerStatus() != 409) {
                throw refused;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the package " + file, e);
        }
    }

    /** {@code GET /filetransfer?…} as recipient: at most 100 ids, newest first. */
    public List<String> search(String resourceId, String status, String recipientStatus) {
        JsonNode answer = json(call(BrokerCall.SEARCH, () -> api.search(bearer(), resourceId, status, recipientStatus, "Recipient")));
        List<String> ids = new ArrayList<>();
        answer.forEach(id -> ids.add(id.asText()));
        return ids;
    }

    public JsonNode overview(String fileTransferId) {
        return json(call(BrokerCall.OVERVIEW, () -> api.overview(bearer(), fileTransferId)));
    }

    /** Downloads to {@code target} and returns the MD5 (hex) of what arrived. */
    public String download(String fileTransferId, Path target) {
        return download(fileTransferId, target, -1);
    }

    /**
     * Downloads to {@code target} and returns the MD5 (hex) of the whole file. A body that breaks off, or ends before
     * {@code size} bytes (the overview's {@code fileTransferSize}; -1 when unknown) or the length the answer
     * announced, is continued with {@code Range} from the bytes already stored, up to {@value #DOWNLOAD_RESUMES}
     * times; the MD5 runs on over the resumed bytes, so each byte is read once.
     */
    public String download(String fileTransferId, Path target, long size) {
        MessageDigest md5 = Md5.digest();
        long have = 0;
        for (int attempt = 0;; attempt++) {
            String range = have > 0 ? "bytes=" + have + "-" : null;
            Response response = call(BrokerCall.DOWNLOAD, () -> api.download(bearer(), fileTransferId, range));
            boolean resumed = have > 0 && response.getStatus() == 206;
            if (!resumed) {
                md5.reset();
                have = 0;
            }
            long total = size >= 0 ? size : announcedTotal(response, have);
            try (InputStream body = new DigestInputStream(entity(response, InputStream.class), md5);
                    OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                            resumed ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
                byte[] buffer = new byte[256 * 1024];
                for (int n; (n = body.read(buffer)) >= 0;) {
                    out.write(buffer, 0, n);
                    have += n;
                }
                if (total >= 0 && have < total) {
                    throw new IOException("the body ended after " + have + " of " + total + " bytes");
                }
                Meters.bytes("in", have);
                return Md5.hex(md5);
            } catch (IOException | ProcessingException e) {
                response.close();
                if (attempt >= DOWNLOAD_RESUMES) {
                    throw new BrokerUnavailable("The download of " + fileTransferId + " broke off after " + have
                            + " bytes: " + e.getMessage());
                }
                have = sizeOf(target);
            }
        }
    }

    /** The whole file's length as the answer gives it ({@code Content-Range}'s total, or what precedes plus {@code Content-Length}), else -1. */
    private static long announcedTotal(Response response, long before) {
        String contentRange = response.getHeaderString("Content-Range");
        if (contentRange != null && contentRange.matches("bytes \\d+-\\d+/\\d+")) {
            return Long.parseLong(contentRange.substring(contentRange.lastIndexOf('/') + 1));
        }
        int length = response.getLength();
        return length >= 0 ? before + length : -1;
    }

    /** {@code POST /filetransfer/{id}/confirmdownload}. */
    public void confirmDownload(String fileTransferId) {
        close(call(BrokerCall.CONFIRM, () -> api.confirmDownload(bearer(), fileTransferId)));
    }

    private String bearer() {
        return "Bearer " + tokens.get();
    }

    private Response call(BrokerCall which, Supplier<Response> call) {
        if (pacing != null) {
            pacing.acquire(which);
        }
        Response response;
        try {
            response = call.get();
        } catch (WebApplicationException e) {
            response = e.getResponse();
        } catch (ProcessingException e) {
            Meters.brokerCall(which.key(), 0);
            throw new BrokerUnavailable("The broker did not answer properly: " + rootMessage(e));
        }
        int status = response.getStatus();
        Meters.brokerCall(which.key(), status);
        if (status / 100 == 2) {
            return response;
        }
        if (status == 429) {
            Duration retryAfter = RetryAfter.parse(response.getHeaderString("Retry-After"), Instant.now());
            String reason = reason(response);
            if (pacing != null) {
                pacing.tooMany(which, retryAfter);
            }
            throw new BrokerRateLimited("The broker answered 429 (" + reason + "); Kurer waits " + retryAfter.toSeconds()
                    + " s before the next " + which.key() + " call");
        }
        String reason = reason(response);
        if (status >= 500 || status == 408 || status == 429 || status == 401) {
            throw new BrokerUnavailable("The broker answered HTTP " + status + ": " + reason);
        }
        throw new BrokerRefused(status, reason);
    }

    /** ProblemDetails' {@code detail} (or {@code title}), else the body's start. */
    static String reason(Response response) {
        String body;
        try {
            body = response.hasEntity() ? entity(response, String.class) : "";
        } catch (RuntimeException e) {
            body = "";
        } finally {
            response.close();
        }
        try {
            JsonNode problem = JSON.readTree(body);
            if (problem != null && problem.hasNonNull("detail")) {
                return problem.get("detail").asText();
            }
            if (problem != null && problem.hasNonNull("title")) {
                return problem.get("title").asText();
            }
        } catch (IOException e) {
            // not JSON: the text itself
        }
        String text = body.strip().replaceAll("\\s+", " ");
        return text.isEmpty() ? "(no reason given)" : text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }

    private static JsonNode json(Response response) {
        try {
            return JSON.readTree(entity(response, String.class));
        } catch (IOException | RuntimeException e) {
            throw new BrokerUnavailable("The broker's answer is not JSON: " + e.getMessage());
        } finally {
            response.close();
        }
    }

    /** The body of an answer; an answer built in-process (a stand-in) hands its entity over as it is. */
    static <T> T entity(Response response, Class<T> type) {
        try {
            return response.readEntity(type);
        } catch (IllegalStateException outbound) {
            return type.cast(response.getEntity());
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static void close(Response response) {
        response.close();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? "the connection failed" : root.getMessage();
    }
}
