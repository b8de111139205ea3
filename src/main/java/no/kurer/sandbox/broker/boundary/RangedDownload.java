package no.kurer.sandbox.broker.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kurer.sandbox.broker.control.BrokerFaults;

/**
 * A download's answer: the whole file (200) or the part a {@code Range: bytes=from-[to]} asks for (206, 416 past the
 * end), streamed, with the fault modes applied: the connection dropped after a number of bytes, a corrupted first
 * byte, and the range starts and whole downloads recorded.
 */
final class RangedDownload {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

    private RangedDownload() {}

    static Response of(Path file, String range, String id, BrokerFaults faults) {
        long size = size(file);
        long from = 0;
        long to = size - 1;
        boolean partial = false;
        Matcher m = range == null ? null : RANGE.matcher(range.trim());
        if (m != null && m.matches()) {
            from = Long.parseLong(m.group(1));
            to = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
            if (from >= size || from > to) {
                return Response.status(416)
                        .header("Content-Range", "bytes */" + size)
                        .build();
            }
            partial = true;
            faults.rangeFrom(from);
        }
        long start = from;
        long length = to - from + 1;
        long drop = faults.dropPoint();
        String transfer = id.toLowerCase();
        boolean corrupt = faults.corrupt(transfer);
        StreamingOutput out = output -> {
            copy(file, start, length, drop, corrupt, output);
            if (start == 0) {
                faults.downloaded(transfer);
            }
        };
        Response.ResponseBuilder response = Response.status(partial ? 206 : 200)
                .entity(out)
                .type(MediaType.APPLICATION_OCTET_STREAM)
                .header("Content-Length", length)
                .header("Accept-Ranges", "bytes");
        if (partial) {
            response.header("Content-Range", "bytes " + from + "-" + to + "/" + size);
        }
        return response.build();
    }

    private static void copy(Path file, long start, long length, long drop, boolean corrupt, OutputStream output)
            throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(start);
            InputStream in = Channels.newInputStream(channel);
            byte[] buffer = new byte[64 * 1024];
            long left = length;
            long sent = 0;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break;
                }
                if (corrupt && sent == 0 && start == 0) {
                    buffer[0] ^= 1;
                }
                if (drop >= 0 && sent + n > drop) {
                    output.write(buffer, 0, (int) (drop - sent));
                    output.flush();
                    throw new IOException("Fault mode: connection dropped after " + drop + " bytes");
                }
                output.write(buffer, 0, n);
                sent += n;
                left -= n;
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
