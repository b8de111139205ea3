package no.kurer.broker.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import no.kurer.certificates.control.EnterpriseCertificates;
import no.kurer.sandbox.ca.control.SandboxCertificateAuthority;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import org.bouncycastle.cms.CMSEnvelopedDataParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DpoPayloadTest {

    static final String SENDER = "910753614";
    static final String KURER = "999888771";
    static final String THIRD = "910076000";

    @TempDir
    static Path caDir;

    @TempDir
    Path dir;

    static SandboxCertificateAuthority ca;
    static EnterpriseIdentity sender;
    static EnterpriseIdentity kurer;
    static EnterpriseIdentity third;

    @BeforeAll
    static void issue() {
        ca = new SandboxCertificateAuthority(caDir.resolve("ca"));
        sender = ca.issue(SENDER, "Avsender");
        kurer = ca.issue(KURER, "Kurer");
        third = ca.issue(THIRD, "Tredje");
    }

    @Test
    void whatTheSenderSealsKurerOpensAsTheSignedAsicEWithTheFilesExactly() throws Exception {
        byte[] letter = random(300_000);
        Path a = write("arkivmelding.xml", letter);
        Path b = write("vedlegg.pdf", "PDF".getBytes(StandardCharsets.UTF_8));
        Path encrypted = seal(party(sender), KURER, List.of(a, b), "arkivmelding.xml", kurer);

        List<String> names = party(kurer).open(encrypted, dir.resolve("in/asic.zip"), SENDER);

        assertEquals(List.of("manifest.xml", "arkivmelding.xml", "vedlegg.pdf"), names);
        try (ZipFile asic = new ZipFile(dir.resolve("in/asic.zip").toFile())) {
            List<String> entries = asic.stream().map(ZipEntry::getName).toList();
            assertEquals(
                    List.of("mimetype", "manifest.xml", "arkivmelding.xml", "vedlegg.pdf", "META-INF/asicmanifest.xml"),
                    entries.subList(0, 5));
            assertTrue(entries.get(5).matches("META-INF/signature-[0-9a-f-]{36}\\.p7s"), entries.get(5));
            assertEquals("META-INF/manifest.xml", entries.get(6));
            assertEquals(ZipEntry.STORED, asic.getEntry("mimetype").getMethod());
            assertArrayEquals(
                    letter,
                    asic.getInputStream(asic.getEntry("arkivmelding.xml")).readAllBytes());
            String manifest = new String(
                    asic.getInputStream(asic.getEntry("manifest.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(
                    manifest.contains("<mottaker>\n      <organisasjon authority=\"iso6523-actorid-upis\">0192:" + KURER
                            + "</organisasjon>"),
                    manifest);
            assertTrue(
                    manifest.contains("<hoveddokument href=\"arkivmelding.xml\" mime=\"application/xml\">"), manifest);
        }
        assertFalse(Files.exists(dir.resolve("in/asic.zip.part")));
    }

    @Test
    void kurerOpensThePayloadStraightFromTheBrokerFilesEntryWithNoEncryptedCopyOnDisk() throws Exception {
        byte[] letter = random(500_000);
        Path a = write("arkivmelding.xml", letter);
        Path sbdZip = DpoPackage.write(
                        "{}",
                        out -> party(sender)
                                .seal(out, SENDER, KURER, List.of(a), "arkivmelding.xml", kurer.certificate()),
                        dir.resolve("sbd.zip"))
                .file();
        Path target = dir.resolve("in/asic.zip");

        try (DpoPackage.Opened opened = DpoPackage.open(sbdZip, EntryLimits.DEFAULT)) {
            assertEquals(
                    List.of("manifest.xml", "arkivmelding.xml"), party(kurer).open(opened.payload(), target, SENDER));
            opened.drain();
        }

        try (ZipFile asic = new ZipFile(target.toFile())) {
            assertArrayEquals(
                    letter,
                    asic.getInputStream(asic.getEntry("arkivmelding.xml")).readAllBytes());
        }
        try (var left = Files.list(dir.resolve("in"))) {
            assertEquals(List.of(target), left.toList(), "only the verified payload");
        }
    }

    @Test
    void aChangedFileOpenedFromTheBrokerFilesEntryIsRefusedAndLeavesNothing() throws Exception {
        byte[] asic = asic(party(sender), List.of(write("a.txt", "original".getBytes(StandardCharsets.UTF_8))));
        Path encrypted = encrypt(replace(asic, "a.txt", "forfalsket".getBytes(StandardCharsets.UTF_8)), kurer);
        Path sbdZip = DpoPackage.write("{}", out -> Files.copy(encrypted, out), dir.resolve("sbd.zip"))
                .file();

        try (DpoPackage.Opened opened = DpoPackage.open(sbdZip, EntryLimits.DEFAULT)) {
            CorruptPackage e = assertThrows(
                    CorruptPackage.class,
                    () -> party(kurer).open(opened.payload(), dir.resolve("in/asic.zip"), SENDER));
            assertEquals("urn:kurer:problem:dpo-invalid-payload-signature", e.type());
            assertTrue(e.detail().contains("'a.txt' is not what was signed"), e.detail());
        }
        try (var left = Files.list(dir.resolve("in"))) {
            assertEquals(List.of(), left.toList(), "nothing delivered, no part file");
        }
    }

    @Test
    void theEncryptedPayloadIsCmsEnvelopedDataWithRsaesOaepAndAes256Cbc() throws Exception {
        Path encrypted = seal(party(sender), KURER, List.of(write("a.txt", new byte[10])), null, kurer);
        var parser = new CMSEnvelopedDataParser(Files.newInputStream(encrypted));
        assertEquals("2.16.840.1.101.3.4.1.42", parser.getEncryptionAlgOID());
        var recipient = parser.getRecipientInfos().getRecipients().iterator().next();
        assertEquals("1.2.840.113549.1.1.7", recipient.getKeyEncryptionAlgOID());
    }

    @Test
    void aFileChangedAfterSigningIsRefused() throws Exception {
        byte[] asic = asic(party(sender), List.of(write("a.txt", "original".getBytes(StandardCharsets.UTF_8))));
        Path encrypted = encrypt(replace(asic, "a.txt", "forfalsket".getBytes(StandardCharsets.UTF_8)), kurer);

        CorruptPackage e = assertThrows(
                CorruptPackage.class, () -> party(kurer).open(encrypted, dir.resolve("in/asic.zip"), SENDER));
        assertEquals("urn:kurer:problem:dpo-invalid-payload-signature", e.type());
        assertTrue(e.detail().contains("'a.txt' is not what was signed"), e.detail());
        assertEquals(422, e.status());
        assertFalse(Files.exists(dir.resolve("in/asic.zip")), "nothing delivered");
    }

    @Test
    void aFileTheSignatureDoesNotCoverIsRefused() throws Exception {
        byte[] asic = asic(party(sender), List.of(write("a.txt", "brev".getBytes(StandardCharsets.UTF_8))));
        Path encrypted = encrypt(add(asic, "smuglet.exe", new byte[] {1, 2}), kurer);

        CorruptPackage e = assertThrows(
                CorruptPackage.class, () -> party(kurer).open(encrypted, dir.resolve("in/asic.zip"), SENDER));
        assertEquals("urn:kurer:problem:dpo-invalid-payload-signature", e.type());
        assertTrue(e.detail().contains("'smuglet.exe' is not covered"), e.detail());
    }

    @Test
    void aPayloadSignedByAnotherOrganisationThanTheSbdSenderIsRefused() throws Exception {
        Path encrypted = seal(party(third), KURER, List.of(write("a.txt", new byte[5])), null, kurer);

        CorruptPackage e = assertThrows(
                CorruptPackage.class, () -> party(kurer).open(encrypted, dir.resolve("in/asic.zip"), SENDER));
        assertEquals("urn:kurer:problem:dpo-invalid-payload-signature", e.type());
        assertTrue(e.detail().contains("signed by organisation " + THIRD), e.detail());
    }

    @Test
    void aSignerFromAnUntrustedCaIsRefused() throws Exception {
        EnterpriseIdentity impostor = new SandboxCertificateAuthority(dir.resolve("other-ca")).issue(SENDER, "Falsk");
        Path encrypted = seal(party(impostor), KURER, List.of(write("a.txt", new byte[5])), null, kurer);

        CorruptPackage e = assertThrows(
                CorruptPackage.class, () -> party(kurer).open(encrypted, dir.resolve("in/asic.zip"), SENDER));
        assertEquals("urn:kurer:problem:dpo-invalid-payload-signature", e.type());
        assertTrue(e.detail().startsWith("The signer is not trusted"), e.detail());
    }

    @Test
    void aPayloadEncryptedToAnotherOrganisationIsNotForUs() throws Exception {
        Path encrypted = seal(party(sender), THIRD, List.of(write("a.txt", new byte[5])), null, third);

        CorruptPackage e = assertThrows(
                CorruptPackage.class, () -> party(kurer).open(encrypted, dir.resolve("in/asic.zip"), SENDER));
        assertEquals("urn:kurer:problem:dpo-payload-not-for-us", e.type());
        assertTrue(e.detail().contains("none of them this integration point's certificate"), e.detail());
    }

    @Test
    void aPlainZipOrATruncatedEnvelopeIsCorrupt() throws Exception {
        byte[] plain = asic(party(sender), List.of(write("a.txt", new byte[5])));
        Path notEncrypted = Files.write(dir.resolve("plain.zip"), plain);
        assertThrows(CorruptPackage.class, () -> party(kurer).open(notEncrypted, dir.resolve("in/1.zip"), SENDER));

        byte[] whole =
                Files.readAllBytes(seal(party(sender), KURER, List.of(write("b.bin", random(100_000))), null, kurer));
        Path truncated = Files.write(dir.resolve("truncated.cms"), Arrays.copyOf(whole, whole.length / 2));
        assertThrows(CorruptPackage.class, () -> party(kurer).open(truncated, dir.resolve("in/2.zip"), SENDER));
        assertFalse(Files.exists(dir.resolve("in/2.zip")));
    }

    @Test
    void theMainDocumentIsTheOneTheBusinessMessageNames() {
        List<Path> files = List.of(Path.of("a.pdf"), Path.of("arkivmelding.xml"));
        assertEquals(
                "arkivmelding.xml",
                DpoPayload.mainDocument(
                        "{\"standardBusinessDocumentHeader\":{},\"arkivmelding\":{\"hoveddokument\":\"arkivmelding.xml\"}}",
                        files));
        assertNull(DpoPayload.mainDocument("{\"arkivmelding\":{\"hoveddokument\":\"missing.xml\"}}", files));
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private DpoPayload party(EnterpriseIdentity identity) {
        EnterpriseCertificates trust = new EnterpriseCertificates(ca.pemFile());
        return new DpoPayload(identity.privateKey(), identity.chain(), chain -> trust.verify(chain, Instant.now()));
    }

    private Path seal(DpoPayload payload, String receiver, List<Path> files, String main, EnterpriseIdentity to)
            throws IOException {
        Path target = Files.createTempFile(dir, "payload", ".cms");
        try (OutputStream out = Files.newOutputStream(target)) {
            payload.seal(out, SENDER, receiver, files, main, to.certificate());
        }
        return target;
    }

    private static byte[] asic(DpoPayload ignored, List<Path> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new AsicEWriter(sender.privateKey(), sender.chain()).write(bytes, SENDER, KURER, files, null);
        return bytes.toByteArray();
    }

    private Path encrypt(byte[] content, EnterpriseIdentity to) throws IOException {
        Path target = Files.createTempFile(dir, "payload", ".cms");
        try (OutputStream file = Files.newOutputStream(target);
                OutputStream out = CmsEnvelope.encrypt(file, to.certificate())) {
            out.write(content);
        }
        return target;
    }

    private static byte[] replace(byte[] zip, String name, byte[] content) throws IOException {
        Map<String, byte[]> entries = entries(zip);
        entries.put(name, content);
        return zip(entries);
    }

    private static byte[] add(byte[] zip, String name, byte[] content) throws IOException {
        Map<String, byte[]> entries = entries(zip);
        entries.put(name, content);
        return zip(entries);
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private Path write(String name, byte[] content) throws IOException {
        Files.createDirectories(dir.resolve("files"));
        return Files.write(dir.resolve("files").resolve(name), content);
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
