package no.kurer.broker.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DpoPackageTest {

    @TempDir
    Path dir;

    @Test
    void writesSbdJsonAndAsicZipAsDigdirsIntegrationPointAndReportsTheMd5OfTheFile() throws Exception {
        Path letter = Files.write(dir.resolve("arkivmelding.xml"), "<arkivmelding/>".getBytes(StandardCharsets.UTF_8));
        Path attachment = Files.write(dir.resolve("vedlegg.pdf"), new byte[100_000]);

        DpoPackage.Written written = DpoPackage.write("{\"a\":1}", List.of(letter, attachment), dir.resolve("sbd.zip"));

        byte[] file = Files.readAllBytes(written.file());
        assertEquals(file.length, written.size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(file)), written.md5());
        try (ZipFile zip = new ZipFile(written.file().toFile())) {
            assertEquals(List.of("sbd.json", "asic.zip"), zip.stream().map(ZipEntry::getName).toList());
            assertEquals("{\"a\":1}", new String(zip.getInputStream(zip.getEntry("sbd.json")).readAllBytes(),
                    StandardCharsets.UTF_8));
            Map<String, byte[]> asic = entries(zip.getInputStream(zip.getEntry("asic.zip")).readAllBytes());
            assertEquals(List.of("mimetype", "arkivmelding.xml", "vedlegg.pdf"), List.copyOf(asic.keySet()));
            assertEquals("application/vnd.etsi.asic-e+zip", new String(asic.get("mimetype"), StandardCharsets.US_ASCII));
            assertArrayEquals(Files.readAllBytes(attachment), asic.get("vedlegg.pdf"));
        }
    }

    @Test
    void readsWhatItWroteAndExtractsTheAsicBesideIt() {
        Path letter = write("brev.txt", "Hei");
        DpoPackage.Written written = DpoPackage.write("{\"sbd\":true}", List.of(letter), dir.resolve("sbd.zip"));

        DpoPackage.Unpacked cut = DpoPackage.read(written.file(), dir.resolve("in/asic.zip"));

        assertEquals("{\"sbd\":true}", cut.sbdJson());
        assertEquals("Hei", new String(entries(readAll(cut.asic())).get("brev.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void aFileThatIsNotAZipOrHasNoSbdIsCorrupt() throws IOException {
        Path garbage = write("garbage.zip", "not a zip");
        assertThrows(CorruptPackage.class, () -> DpoPackage.read(garbage, dir.resolve("x/asic.zip")));

        Path noSbd = dir.resolve("nosbd.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(noSbd))) {
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
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return entries;
    }
}
