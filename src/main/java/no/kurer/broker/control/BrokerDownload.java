package no.kurer.broker.control;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.function.Function;
import no.kurer.metrics.control.Meters;

/**
 * One download from the broker to a file, MD5 computed on the way. A body that breaks off, or ends before the expected
 * size (the overview's {@code fileTransferSize}, else the length the answer announced) is continued with {@code Range}
 * from the bytes already stored, up to {@value #RESUMES} times; the MD5 runs on over the resumed bytes, so each byte is
 * read once.
 */
final class BrokerDownload {

    static final int RESUMES = 3;

    private BrokerDownload() {}

    /**
     * @param answer the broker's answer for a {@code Range} header value (null for the whole file), already checked
     * @param size   the whole file's size, or -1 when unknown
     * @return the MD5 (hex) of the whole file
     */
    static String to(Path target, long size, String fileTransferId, Function<String, Response> answer) {
        MessageDigest md5 = Md5.digest();
        long have = 0;
        for (int attempt = 0; ; attempt++) {
            Response response = answer.apply(have > 0 ? "bytes=" + have + "-" : null);
            boolean resumed = have > 0 && response.getStatus() == 206;
            if (!resumed) {
                md5.reset();
                have = 0;
            }
            long total = size >= 0 ? size : announcedTotal(response, have);
            try (InputStream body = new DigestInputStream(BrokerAnswers.entity(response, InputStream.class), md5);
                    OutputStream out = Files.newOutputStream(
                            target,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE,
                            resumed ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
                byte[] buffer = new byte[256 * 1024];
                for (int n; (n = body.read(buffer)) >= 0; ) {
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
                if (attempt >= RESUMES) {
                    throw BrokerUnreachable.unavailable("The download of " + fileTransferId + " broke off after " + have
                            + " bytes: " + e.getMessage());
                }
                have = sizeOf(target);
            }
        }
    }

    /**
     * The whole file's length as the answer gives it ({@code Content-Range}'s total, or what precedes plus
     * {@code Content-Length}), else -1.
     */
    private static long announcedTotal(Response response, long before) {
        String contentRange = response.getHeaderString("Content-Range");
        if (contentRange != null && contentRange.matches("bytes \\d+-\\d+/\\d+")) {
            return Long.parseLong(contentRange.substring(contentRange.lastIndexOf('/') + 1));
        }
        int length = response.getLength();
        return length >= 0 ? before + length : -1;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
