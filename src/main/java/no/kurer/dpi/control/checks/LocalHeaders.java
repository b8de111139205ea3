package no.kurer.dpi.control.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Holds an ASiC-E's local file headers to its central directory (issue 13.9). A receiver that opens the zip reads the
 * names in the central directory, one that streams it reads the local headers: both must see the same entries. So
 * each central directory record's local header carries the same name bytes (and that name follows
 * {@link EntryName}), and the local entries follow one another from the start of the file to the central directory
 * with nothing between them that the central directory does not list. ZIP64 is refused: an ASiC-E within Kurer's
 * limits never needs it.
 */
final class LocalHeaders {

    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;
    private static final int DESCRIPTOR = 0x08074b50;
    private static final int MAX_CENTRAL_DIRECTORY = 16 << 20;

    private record Record(long offset, long compressedSize, byte[] name) {}

    private LocalHeaders() {}

    static void check(Path file) {
        try (FileChannel zip = FileChannel.open(file)) {
            ByteBuffer end = endRecord(zip);
            long size = Integer.toUnsignedLong(end.getInt(12));
            long offset = Integer.toUnsignedLong(end.getInt(16));
            int count = Short.toUnsignedInt(end.getShort(10));
            if (count == 0xFFFF || offset == 0xFFFFFFFFL || size == 0xFFFFFFFFL) {
                throw AsicECheck.invalid("it uses ZIP64");
            }
            if (size > MAX_CENTRAL_DIRECTORY || offset + size > zip.size()) {
                throw AsicECheck.invalid("its central directory lies outside the file or is too large");
            }
            List<Record> records = records(read(zip, offset, (int) size), count);
            long expected = 0;
            for (Record record : records) {
                if (record.offset() != expected) {
                    throw AsicECheck.invalid("its local entries do not follow one another as the central directory"
                            + " lists them (" + (record.offset() > expected ? "bytes hidden" : "entries overlap")
                            + " at offset " + expected + ")");
                }
                expected = next(zip, record);
            }
            if (expected != offset) {
                throw AsicECheck.invalid(
                        "bytes the central directory does not list lie before it (offset " + expected + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the stored dokumentpakke " + file, e);
        }
    }

    /** Checks the record's local header and returns where the entry after it begins. */
    private static long next(FileChannel zip, Record record) throws IOException {
        ByteBuffer local = read(zip, record.offset(), 30);
        if (local.getInt(0) != LOCAL) {
            throw AsicECheck.invalid(
                    "the central directory points at no local file header (offset " + record.offset() + ")");
        }
        int nameLength = Short.toUnsignedInt(local.getShort(26));
        byte[] name = read(zip, record.offset() + 30, nameLength).array();
        String localName = new String(name, StandardCharsets.UTF_8);
        EntryName.check(localName);
        if (!Arrays.equals(name, record.name())) {
            throw AsicECheck.invalid("the local file header names '" + localName + "' where the central directory"
                    + " says '" + new String(record.name(), StandardCharsets.UTF_8) + "'");
        }
        long dataEnd =
                record.offset() + 30 + nameLength + Short.toUnsignedInt(local.getShort(28)) + record.compressedSize();
        if ((local.getShort(6) & 0x08) == 0) {
            return dataEnd;
        }
        return dataEnd + (dataEnd + 4 <= zip.size() && read(zip, dataEnd, 4).getInt(0) == DESCRIPTOR ? 16 : 12);
    }

    private static List<Record> records(ByteBuffer directory, int count) {
        List<Record> records = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < count; i++) {
            if (at + 46 > directory.limit() || directory.getInt(at) != CENTRAL) {
                throw AsicECheck.invalid("its central directory is truncated");
            }
            int nameLength = Short.toUnsignedInt(directory.getShort(at + 28));
            int skip =
                    Short.toUnsignedInt(directory.getShort(at + 30)) + Short.toUnsignedInt(directory.getShort(at + 32));
            if (at + 46 + nameLength + skip > directory.limit()) {
                throw AsicECheck.invalid("its central directory is truncated");
            }
            byte[] name = new byte[nameLength];
            directory.get(at + 46, name);
            records.add(new Record(
                    Integer.toUnsignedLong(directory.getInt(at + 42)),
                    Integer.toUnsignedLong(directory.getInt(at + 20)),
                    name));
            at += 46 + nameLength + skip;
        }
        records.sort(Comparator.comparingLong(Record::offset));
        return records;
    }

    /** The end of central directory record, searched for from the end (a comment may follow it). */
    private static ByteBuffer endRecord(FileChannel zip) throws IOException {
        int tail = (int) Math.min(zip.size(), 22 + 0xFFFF);
        ByteBuffer buffer = read(zip, zip.size() - tail, tail);
        for (int at = tail - 22; at >= 0; at--) {
            if (buffer.getInt(at) == END) {
                return read(zip, zip.size() - tail + at, 22);
            }
        }
        throw AsicECheck.invalid("it has no end of central directory record");
    }

    private static ByteBuffer read(FileChannel zip, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (zip.read(buffer, position + buffer.position()) < 0) {
                throw AsicECheck.invalid("it ends inside an entry's header");
            }
        }
        return buffer.flip();
    }
}
