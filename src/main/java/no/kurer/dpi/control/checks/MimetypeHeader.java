package no.kurer.dpi.control.checks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the first local file header of an ASiC-E container byte by byte, as a reader sniffing the
 * media type does: it must be {@code mimetype}, stored, holding exactly the ASiC-E media type.
 */
final class MimetypeHeader {

    static final String NAME = "mimetype";
    static final byte[] CONTENT = DokumentpakkeType.ASIC_E.mediaType().getBytes(StandardCharsets.US_ASCII);
    private static final int LOCAL_HEADER_SIGNATURE = 0x04034b50;
    private static final int FIXED_HEADER_LENGTH = 30;
    private static final int STORED = 0;

    private MimetypeHeader() {}

    static void check(Path file) {
        InputStream opened = open(file);
        try (InputStream in = opened) {
            ByteBuffer header =
                    ByteBuffer.wrap(in.readNBytes(FIXED_HEADER_LENGTH)).order(ByteOrder.LITTLE_ENDIAN);
            if (header.limit() < FIXED_HEADER_LENGTH || header.getInt(0) != LOCAL_HEADER_SIGNATURE) {
                throw AsicECheck.invalid("it does not start with a ZIP local file header");
            }
            int method = Short.toUnsignedInt(header.getShort(8));
            long compressedSize = Integer.toUnsignedLong(header.getInt(18));
            int nameLength = Short.toUnsignedInt(header.getShort(26));
            int extraLength = Short.toUnsignedInt(header.getShort(28));
            String name = new String(in.readNBytes(nameLength), StandardCharsets.UTF_8);
            if (!name.equals(NAME)) {
                throw AsicECheck.invalid("the first entry is '" + name + "', not 'mimetype'");
            }
            if (method != STORED) {
                throw AsicECheck.invalid("the 'mimetype' entry is compressed; it must be STORED");
            }
            in.skipNBytes(extraLength);
            byte[] content = in.readNBytes((int) Math.min(compressedSize, CONTENT.length + 1L));
            if (!Arrays.equals(content, CONTENT)) {
                throw AsicECheck.invalid(
                        "the 'mimetype' entry does not hold exactly '" + DokumentpakkeType.ASIC_E.mediaType() + "'");
            }
        } catch (IOException e) {
            throw AsicECheck.invalid("it ends inside its first entry");
        }
    }

    private static InputStream open(Path file) {
        try {
            return new BufferedInputStream(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the stored dokumentpakke " + file, e);
        }
    }
}
