package no.kurer.broker.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntryLimitsTest {

    static final String SBD = "{\"standardBusinessDocumentHeader\":{}}";

    @TempDir
    Path dir;

    final EntryLimits cut = new EntryLimits(50_000, 3_000_000, 100);

    @Test
    void anAsicThatInflatesPastTheRatioIsRefusedAndNothingOfItIsLeft() throws IOException {
        Path bomb = zip(SBD.getBytes(StandardCharsets.UTF_8), new byte[2_900_000]);
        Path target = dir.resolve("in/asic.zip.cms");

        RefusedDpoFile e = assertThrows(RefusedDpoFile.class, () -> DpoPackage.read(bomb, target, cut));

        assertTrue(e.detail().contains("asic.zip") && e.detail().contains("100 times"), e.detail());
        assertFalse(Files.exists(target));
    }

    @Test
    void anEntryLyingAboutItsSizeIsStoppedWhileInflatingAtTheLimit() throws IOException {
        Path lying = lieAboutSizes(zip(SBD.getBytes(StandardCharsets.UTF_8), new byte[20 << 20]));
        Path target = dir.resolve("in/asic.zip.cms");

        RefusedDpoFile e = assertThrows(RefusedDpoFile.class, () -> DpoPackage.read(lying, target, cut));

        assertTrue(e.detail().contains("inflates to more than"), e.detail());
        assertFalse(Files.exists(target));
    }

    @Test
    void anEntryOpenedForDecryptionStopsAtTheLimitAndDrainingWhatIsLeftRefusesIt() throws IOException {
        Path lying = lieAboutSizes(zip(SBD.getBytes(StandardCharsets.UTF_8), new byte[20 << 20]));

        try (DpoPackage.Opened opened = DpoPackage.open(lying, cut)) {
            assertEquals(SBD, opened.sbdJson());
            assertEquals(1_000, opened.payload().readNBytes(1_000).length, "a decryptor may read the start");
            RefusedDpoFile e = assertThrows(RefusedDpoFile.class, opened::drain);
            assertTrue(e.detail().contains("asic.zip inflates to more than"), e.detail());
        }
    }

    @Test
    void anAsicLargerThanTheMaximumFileSizeIsRefusedEvenWhenItDoesNotCompress() throws IOException {
        Path large = zip(SBD.getBytes(StandardCharsets.UTF_8), random(3_000_001));
        Path target = dir.resolve("in/asic.zip.cms");

        RefusedDpoFile e = assertThrows(RefusedDpoFile.class, () -> DpoPackage.read(large, target, cut));

        assertTrue(e.detail().contains("more than 3000000 bytes"), e.detail());
        assertFalse(Files.exists(target));
    }

    @Test
    void anSbdJsonPastItsLimitIsRefused() throws IOException {
        Path large = zip(random(60_000), new byte[10]);

        RefusedDpoFile e = assertThrows(RefusedDpoFile.class, () -> DpoPackage.read(large, dir.resolve("a"), cut));

        assertTrue(e.detail().contains("sbd.json") && e.detail().contains("50000 bytes"), e.detail());
    }

    @Test
    void smallTextThatCompressesWellAndPayloadsUpToTheLimitAreRead() throws IOException {
        byte[] payload = random(3_000_000);
        String sbd = "{\"x\":\"" + " ".repeat(40_000) + "\"}";
        Path ok = zip(sbd.getBytes(StandardCharsets.UTF_8), payload);

        DpoPackage.Unpacked unpacked = DpoPackage.read(ok, dir.resolve("in/asic.zip.cms"), cut);

        assertEquals(sbd, unpacked.sbdJson());
        assertEquals(payload.length, Files.size(unpacked.asic()));
    }

    private Path zip(byte[] sbd, byte[] asic) throws IOException {
        Path file = Files.createTempFile(dir, "sbd", ".zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("sbd.json"));
            zip.write(sbd);
            zip.putNextEntry(new ZipEntry("asic.zip"));
            zip.write(asic);
            zip.closeEntry();
        }
        return file;
    }

    /** Sets every central directory entry's uncompressed size to 10 bytes. */
    private static Path lieAboutSizes(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 <= bytes.length; i++) {
            if (b.getInt(i) == 0x02014b50) {
                b.putInt(i + 24, 10);
            }
        }
        return Files.write(file, bytes);
    }

    static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) ('a' + (bytes[i] & 0x0f));
        }
        return bytes;
    }
}
