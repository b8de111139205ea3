package no.kurer.dpi.control.checks;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes ZIP archives byte by byte, so tests can build what {@code ZipOutputStream} refuses to:
 * duplicate names, headers that lie about the uncompressed size, local headers that disagree with the central
 * directory, and entries the central directory does not list.
 */
final class RawZip {

    private record Entry(
            String name, byte[] data, boolean deflated, long claimedSize, String localName, boolean listed) {}

    private final List<Entry> entries = new ArrayList<>();

    static RawZip asicE() {
        return new RawZip()
                .stored("mimetype", DokumentpakkeType.ASIC_E.mediaType())
                .rest();
    }

    /** Adds what follows the mimetype in a typical DPI package. */
    RawZip rest() {
        return deflated("manifest.xml", "<manifest/>")
                .deflated("Test.txt", "Hei")
                .deflated("META-INF/signatures.xml", "<XAdESSignatures/>")
                .deflated("META-INF/manifest.xml", "<manifest:manifest/>");
    }

    RawZip stored(String name, String text) {
        return add(name, text.getBytes(StandardCharsets.UTF_8), false, -1);
    }

    RawZip deflated(String name, String text) {
        return deflated(name, text.getBytes(StandardCharsets.UTF_8));
    }

    RawZip deflated(String name, byte[] data) {
        return add(name, data, true, -1);
    }

    /** A deflated entry whose headers claim {@code claimedSize} uncompressed bytes. */
    RawZip lying(String name, byte[] data, long claimedSize) {
        return add(name, data, true, claimedSize);
    }

    /** A deflated entry whose local file header names {@code localName}, its central directory record {@code name}. */
    RawZip disguised(String localName, String name, String text) {
        entries.add(new Entry(name, text.getBytes(StandardCharsets.UTF_8), true, -1, localName, true));
        return this;
    }

    /** A deflated entry with a local file header only, missing from the central directory. */
    RawZip hidden(String name, String text) {
        entries.add(new Entry(name, text.getBytes(StandardCharsets.UTF_8), true, -1, name, false));
        return this;
    }

    RawZip without(String name) {
        entries.removeIf(e -> e.name().equals(name));
        return this;
    }

    private RawZip add(String name, byte[] data, boolean deflated, long claimedSize) {
        entries.add(new Entry(name, data, deflated, claimedSize, name, true));
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        int listed = 0;
        for (Entry entry : entries) {
            byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
            byte[] localName = entry.localName().getBytes(StandardCharsets.UTF_8);
            byte[] body = entry.deflated() ? deflate(entry.data()) : entry.data();
            CRC32 crc = new CRC32();
            crc.update(entry.data());
            long size = entry.claimedSize() >= 0 ? entry.claimedSize() : entry.data().length;
            int offset = zip.size();
            ByteBuffer local = le(30).putInt(0x04034b50)
                    .putShort((short) 20)
                    .putShort((short) 0x0800)
                    .putShort((short) (entry.deflated() ? 8 : 0))
                    .putInt(0)
                    .putInt((int) crc.getValue())
                    .putInt(body.length)
                    .putInt((int) size)
                    .putShort((short) localName.length)
                    .putShort((short) 0);
            zip.writeBytes(local.array());
            zip.writeBytes(localName);
            zip.writeBytes(body);
            if (!entry.listed()) {
                continue;
            }
            listed++;
            ByteBuffer header = le(46).putInt(0x02014b50)
                    .putShort((short) 20)
                    .putShort((short) 20)
                    .putShort((short) 0x0800)
                    .putShort((short) (entry.deflated() ? 8 : 0))
                    .putInt(0)
                    .putInt((int) crc.getValue())
                    .putInt(body.length)
                    .putInt((int) size)
                    .putShort((short) name.length)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putInt(0)
                    .putInt(offset);
            central.writeBytes(header.array());
            central.writeBytes(name);
        }
        int centralOffset = zip.size();
        zip.writeBytes(central.toByteArray());
        zip.writeBytes(le(22).putInt(0x06054b50)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) listed)
                .putShort((short) listed)
                .putInt(central.size())
                .putInt(centralOffset)
                .putShort((short) 0)
                .array());
        return zip.toByteArray();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }
}
