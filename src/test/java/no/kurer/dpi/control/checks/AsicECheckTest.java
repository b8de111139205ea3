package no.kurer.dpi.control.checks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AsicECheckTest {

    AsicECheck cut = new AsicECheck();

    @TempDir
    Path dir;

    static List<Path> asicEExamples() {
        return DokumentpakkeExamples.endingWith("-dokumentpakke.zip");
    }

    static List<Path> cmsExamples() {
        return DokumentpakkeExamples.endingWith("-dokumentpakke.cms");
    }

    @ParameterizedTest
    @MethodSource("asicEExamples")
    void digdirsAsicEExamplesPass(Path example) {
        assertDoesNotThrow(() -> cut.check(example));
    }

    @ParameterizedTest
    @MethodSource("cmsExamples")
    void cmsPackagesAreNotAsicE(Path example) {
        assertRefused(example, "does not start with a ZIP local file header");
    }

    @Test
    void aWellFormedCraftedPackagePasses() throws IOException {
        assertDoesNotThrow(() -> cut.check(write(RawZip.asicE())));
    }

    @Test
    void mimetypeMustComeFirst() throws IOException {
        RawZip zip = new RawZip()
                .deflated("manifest.xml", "<manifest/>")
                .stored("mimetype", DokumentpakkeType.ASIC_E.mediaType());
        assertRefused(write(zip), "the first entry is 'manifest.xml', not 'mimetype'");
    }

    @Test
    void aLocalHeaderNamingATraversalBehindAHarmlessCentralDirectoryNameIsRefused() throws IOException {
        RawZip zip = RawZip.asicE().disguised("../../../../tmp/x", "Vedlegg.txt", "pwned");
        assertRefused(write(zip), "the entry name '../../../../tmp/x' contains a '..' segment");
    }

    @Test
    void aLocalHeaderNamingAnotherHarmlessFileIsRefusedToo() throws IOException {
        RawZip zip = RawZip.asicE().disguised("Annet.txt", "Vedlegg.txt", "x");
        assertRefused(
                write(zip),
                "the local file header names 'Annet.txt' where the central directory says" + " 'Vedlegg.txt'");
    }

    @Test
    void anEntryOnlyAStreamingReaderSeesIsRefused() throws IOException {
        RawZip between = new RawZip()
                .stored("mimetype", DokumentpakkeType.ASIC_E.mediaType())
                .hidden("skjult.txt", "x")
                .rest();
        assertRefused(write(between), "bytes hidden at offset");
        RawZip last = RawZip.asicE().hidden("skjult.txt", "x");
        assertRefused(write(last), "bytes the central directory does not list lie before it");
    }

    @Test
    void mimetypeMustBeStored() throws IOException {
        RawZip zip = new RawZip()
                .deflated("mimetype", DokumentpakkeType.ASIC_E.mediaType())
                .rest();
        assertRefused(write(zip), "'mimetype' entry is compressed");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"application/zip", "application/vnd.etsi.asic-e+zip\n", "application/vnd.etsi.asic-s+zip", ""})
    void mimetypeMustHoldExactlyTheAsicEMediaType(String content) throws IOException {
        RawZip zip = new RawZip().stored("mimetype", content).rest();
        assertRefused(write(zip), "does not hold exactly 'application/vnd.etsi.asic-e+zip'");
    }

    @Test
    void aManifestIsRequired() throws IOException {
        RawZip zip = RawZip.asicE().without("manifest.xml").without("META-INF/manifest.xml");
        assertRefused(write(zip), "no manifest");
    }

    @ParameterizedTest
    @ValueSource(strings = {"META-INF/manifest.xml", "manifest.xml", "META-INF/ASiCManifest.xml"})
    void anyOneManifestSuffices(String manifest) throws IOException {
        RawZip zip = RawZip.asicE()
                .without("manifest.xml")
                .without("META-INF/manifest.xml")
                .deflated(manifest, "<manifest/>");
        assertDoesNotThrow(() -> cut.check(write(zip)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../evil",
                "dir/../../evil",
                "..",
                "/abs",
                "/etc/passwd",
                "C:evil.txt",
                "c:/evil",
                "dir\\evil.txt",
                "..\\evil"
            })
    void unsafeEntryNamesAreRefused(String name) throws IOException {
        InvalidDokumentpakke refused = assertRefused(write(RawZip.asicE().deflated(name, "x")), "'" + name + "'");
        assertTrue(
                refused.detail().matches(".*('\\.\\.' segment|absolute path|drive letter|backslash).*"),
                refused.detail());
    }

    @Test
    void namesWithDotsThatAreNotSegmentsPass() throws IOException {
        assertDoesNotThrow(() -> cut.check(write(RawZip.asicE().deflated("vedlegg..v2.pdf", "x"))));
    }

    @Test
    void duplicateEntryNamesAreRefused() throws IOException {
        assertRefused(write(RawZip.asicE().deflated("Test.txt", "other")), "'Test.txt' occurs more than once");
    }

    @Test
    void namesDifferingOnlyInCaseAreDuplicates() throws IOException {
        assertRefused(write(RawZip.asicE().deflated("test.TXT", "other")), "occurs more than once");
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        RawZip zip = RawZip.asicE();
        Path six = write(zip.deflated("vedlegg.txt", "x"));
        assertDoesNotThrow(() -> new AsicECheck(6).check(six));
        InvalidDokumentpakke refused = Structural.refused(() -> new AsicECheck(5).check(six));
        assertTrue(refused.detail().contains("6 entries; at most 5"), refused.detail());
    }

    @Test
    void theDefaultAllowsAThousandEntries() throws IOException {
        RawZip zip = RawZip.asicE();
        for (int i = 0; i < 995; i++) {
            zip.deflated("vedlegg" + i + ".txt", "x");
        }
        Path thousandAndOne = write(zip.deflated("one-too-many.txt", "x"));
        assertRefused(thousandAndOne, "1001 entries; at most 1000");
        assertDoesNotThrow(() -> cut.check(write(zip.without("one-too-many.txt"))));
    }

    @Test
    void aZipBombIsRefusedByTheRatioCheck() throws IOException {
        Path bomb = write(RawZip.asicE().deflated("zeros.pdf", new byte[8 * 1024 * 1024]));
        assertTrue(Files.size(bomb) < 64 * 1024, "the bomb should be small, is " + Files.size(bomb));
        assertRefused(bomb, "expand more than 100 times the package's size");
    }

    @Test
    void theRatioIsMeasuredByInflatingNotReadFromTheHeaders() throws IOException {
        byte[] noise = new byte[2 * 1024 * 1024];
        new Random(7).nextBytes(noise);
        Path bomb =
                write(RawZip.asicE().deflated("noise.pdf", noise).lying("zeros.pdf", new byte[8 * 1024 * 1024], 4096));
        assertRefused(bomb, "the entry 'zeros.pdf' expands more than 100 times its compressed size");
    }

    @Test
    void smallTextThatCompressesVeryWellPasses() throws IOException {
        byte[] spaces = " ".repeat(200_000).getBytes(StandardCharsets.US_ASCII);
        assertDoesNotThrow(() -> cut.check(write(RawZip.asicE().deflated("brev.txt", spaces))));
    }

    @Test
    void theTotalUncompressedSizeHasAnAbsoluteCap() throws IOException {
        byte[] noise = new byte[3 * 1024 * 1024];
        new Random(7).nextBytes(noise);
        Path large = write(RawZip.asicE().deflated("a.pdf", noise).deflated("b.pdf", noise));
        assertDoesNotThrow(() -> cut.check(large));
        InvalidDokumentpakke refused =
                Structural.refused(() -> new AsicECheck(1000, 100, 4 * 1024 * 1024).check(large));
        assertTrue(refused.detail().contains("expand to more than 4194304 bytes"), refused.detail());
    }

    @Test
    void aCorruptEntryIsRefused() throws IOException {
        byte[] zip = RawZip.asicE().stored("brev.txt", "Hei, dette er et brev").bytes();
        String text = new String(zip, StandardCharsets.ISO_8859_1);
        zip[text.indexOf("Hei, dette")] = 'X';
        assertRefused(write(zip), "'brev.txt' is corrupt");
    }

    @Test
    void aFileThatIsNoZipIsRefused() throws IOException {
        byte[] start = RawZip.asicE().bytes();
        byte[] headOnly = Arrays.copyOf(start, 80);
        assertRefused(write(headOnly), "not a readable ZIP archive");
    }

    @Test
    void theRefusalIsABadRequest() throws IOException {
        InvalidDokumentpakke refused = Structural.refused(() -> cut.check(write(new byte[] {'P', 'K'})));
        assertEquals(400, refused.status());
    }

    private InvalidDokumentpakke assertRefused(Path file, String rule) {
        InvalidDokumentpakke refused = Structural.refused(() -> cut.check(file));
        assertTrue(refused.detail().contains(rule), "expected '" + rule + "' in: " + refused.detail());
        return refused;
    }

    private Path write(RawZip zip) throws IOException {
        return write(zip.bytes());
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "pakke", ".asice"), bytes);
    }
}
