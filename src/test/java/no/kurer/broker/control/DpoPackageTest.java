package no.kurer.broker.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DpoPackageTest {

    @TempDir
    Path dir;

    @Test
    void writesSbdJsonAndThePayloadAsAsicZipAsDigdirsIntegrationPointAndReportsTheMd5OfTheFile() throws Exception {
        byte[] payload = new byte[100_000];
        new Random(1).nextBytes(payload);

        DpoPackage.Written written = DpoPackage.write("{\"a\":1}", out -> out.write(payload), dir.resolve("sbd.zip"));

        byte[] file = Files.readAllBytes(written.file());
        assertEquals(file.length, written.size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(file)), written.md5());
        try (ZipFile zip = new ZipFile(written.file().toFile())) {
            assertEquals(
                    List.of("sbd.json", "asic.zip"),
                    zip.stream().map(ZipEntry::getName).toList());
            assertEquals(
                    "{\"a\":1}",
                    new String(zip.getInputStream(zip.getEntry("sbd.json")).readAllBytes(), StandardCharsets.UTF_8));
            assertArrayEquals(
                    payload, zip.getInputStream(zip.getEntry("asic.zip")).readAllBytes());
        }
        assertEquals(
                List.of("sbd.zip"),
                Files.list(dir).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void readsWhatItWroteAndExtractsThePayloadBesideIt() throws IOException {
        DpoPackage.Written written = DpoPackage.write(
                "{\"sbd\":true}", out -> out.write("Hei".getBytes(StandardCharsets.UTF_8)), dir.resolve("sbd.zip"));

        DpoPackage.Unpacked cut = DpoPackage.read(written.file(), dir.resolve("in/asic.zip.cms"));

        assertEquals("{\"sbd\":true}", cut.sbdJson());
        assertEquals("Hei", Files.readString(cut.asic()));
    }

    @Test
    void aFileThatIsNotAZipOrHasNoSbdIsCorrupt() throws IOException {
        Path garbage = write("garbage.zip", "not a zip");
        assertThrows(CorruptPackage.class, () -> DpoPackage.read(garbage, dir.resolve("x/asic.zip")));

        Path noSbd = dir.resolve("nosbd.zip");
        try (var zip = new ZipOutputStream(Files.newOutputStream(noSbd))) {
            zip.putNextEntry(new ZipEntry("asic.zip"));
            zip.closeEntry();
        }
        CorruptPackage e = assertThrows(CorruptPackage.class, () -> DpoPackage.read(noSbd, dir.resolve("y/asic.zip")));
        assertEquals(422, e.status());
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
