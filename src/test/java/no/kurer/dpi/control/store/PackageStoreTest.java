package no.kurer.dpi.control.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.kurer.dpi.control.checks.DokumentpakkeExamples;
import no.kurer.dpi.control.checks.InvalidDokumentpakke;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PackageStoreTest {

    static final long MB = 1024 * 1024;

    @TempDir
    Path dir;

    PackageStore cut;

    @BeforeEach
    void createStore() {
        cut = new PackageStore(dir.resolve("dokumentpakker"));
    }

    static List<Path> cmsExamples() {
        return DokumentpakkeExamples.endingWith("-dokumentpakke.cms");
    }

    @ParameterizedTest
    @MethodSource("cmsExamples")
    void theStoredDigestIsTheForretningsmeldingsFingerprint(Path example) throws IOException {
        String fingerprint = DokumentpakkeExamples.fingerprintFor(example);
        StoredPackage stored;
        try (InputStream in = Files.newInputStream(example)) {
            stored = cut.receive(in, 50 * MB, "melding-1");
        }
        assertEquals(fingerprint, stored.sha256Base64());
        assertTrue(stored.matches(fingerprint));
        assertEquals(Files.size(example), stored.size());
        assertArrayEquals(Files.readAllBytes(example), Files.readAllBytes(stored.path()));
        assertEquals(List.of(stored.path()), filesInStore());
    }

    @Test
    void anotherDigestDoesNotMatch() {
        StoredPackage stored = cut.receive(new ByteArrayInputStream(new byte[] {1, 2, 3}), 10, "m");
        String other = Base64.getEncoder().encodeToString(new byte[32]);
        assertFalse(stored.matches(other));
        assertFalse(stored.matches("not base64!"));
        assertFalse(stored.matches(null));
        assertFalse(stored.matches(stored.sha256Base64().substring(0, 20)));
        InvalidDokumentpakke mismatch = InvalidDokumentpakke.fingerprintMismatch(other, stored.sha256Base64());
        assertEquals(400, mismatch.status());
        assertTrue(mismatch.detail().contains(other) && mismatch.detail().contains(stored.sha256Base64()));
    }

    @Test
    void crossingTheLimitIs413StopsReadingAndLeavesNoFile() throws IOException {
        GeneratedStream body = new GeneratedStream(100 * MB, 1);
        InvalidDokumentpakke refused = assertThrows(InvalidDokumentpakke.class, () -> cut.receive(body, MB, "m"));
        assertTrue(refused.tooLarge());
        assertEquals(413, refused.status());
        assertTrue(body.bytesRead() <= MB + PackageStore.BUFFER_SIZE, "read on to " + body.bytesRead());
        assertEquals(List.of(), filesInStore());
    }

    @Test
    void exactlyTheLimitIsAccepted() {
        StoredPackage stored = cut.receive(new GeneratedStream(MB, 1), MB, "m");
        assertEquals(MB, stored.size());
    }

    @Test
    void anAbortedUploadIsAProblemAndLeavesNoFile() throws IOException {
        GeneratedStream aborted = new GeneratedStream(10 * MB, 1, 5 * MB);
        InvalidDokumentpakke refused =
                assertThrows(InvalidDokumentpakke.class, () -> cut.receive(aborted, 50 * MB, "m"));
        assertEquals("urn:kurer:problem:dokumentpakke-aborted", refused.type());
        assertEquals(400, refused.status());
        assertEquals(List.of(), filesInStore());
    }

    @Test
    void anAbortedReplacementKeepsThePackageStoredBefore() throws IOException {
        StoredPackage first = cut.receive(new GeneratedStream(MB, 1), 50 * MB, "m");
        byte[] before = Files.readAllBytes(first.path());
        assertEquals(
                "urn:kurer:problem:dokumentpakke-aborted",
                assertThrows(
                                InvalidDokumentpakke.class,
                                () -> cut.receive(new GeneratedStream(2 * MB, 2, MB / 2), 50 * MB, "m"))
                        .type());
        assertArrayEquals(before, Files.readAllBytes(first.path()));
        assertEquals(List.of(first.path()), filesInStore());
    }

    @Test
    void aLargePackageIsStreamedWithTheRightDigest() throws Exception {
        long size = 300 * MB;
        StoredPackage stored = cut.receive(new GeneratedStream(size, 42), 400 * MB, "large");
        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[64 * 1024];
        try (InputStream same = new GeneratedStream(size, 42)) {
            for (int n; (n = same.read(buffer)) != -1; ) {
                expected.update(buffer, 0, n);
            }
        }
        assertEquals(size, stored.size());
        assertEquals(size, Files.size(stored.path()));
        assertArrayEquals(expected.digest(), stored.sha256());
        cut.delete(stored);
        assertEquals(List.of(), filesInStore());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../evil",
                "../../etc/passwd",
                "/etc/passwd",
                "..",
                ".",
                "a/../../b",
                "a\\..\\b",
                "C:\\evil",
                ".hidden",
                "nul\0byte",
                "æøå"
            })
    void namesStayInsideTheStoreDirectory(String name) {
        Path path = cut.pathFor(name);
        assertEquals(dir.resolve("dokumentpakker").toAbsolutePath(), path.getParent());
        assertTrue(path.getFileName().toString().matches("[A-Za-z0-9._-]+"), path.toString());
        assertFalse(path.getFileName().toString().startsWith("."), path.toString());
    }

    @Test
    void receivingUnderAnEscapingNameWritesInsideTheStore() throws IOException {
        StoredPackage stored = cut.receive(new GeneratedStream(10, 1), 10, "../escaped");
        assertEquals(List.of(stored.path()), filesInStore());
        assertFalse(Files.exists(dir.resolve("escaped")));
    }

    @Test
    void distinctNamesGetDistinctFiles() {
        assertNotEquals(cut.pathFor("a/b"), cut.pathFor("a_b"));
        assertNotEquals(cut.pathFor("a_2fb"), cut.pathFor("a/b"));
        assertNotEquals(cut.pathFor(".x"), cut.pathFor("_2ex"));
    }

    @Test
    void aMeldingsidIsUsedAsItIs() {
        String meldingsid = "ff88849c-e281-4809-8555-7cd54952b916";
        assertEquals(meldingsid, cut.pathFor(meldingsid).getFileName().toString());
    }

    @Test
    void blankAndOverlongNamesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> cut.pathFor(""));
        assertThrows(IllegalArgumentException.class, () -> cut.pathFor(null));
        assertThrows(IllegalArgumentException.class, () -> cut.pathFor("x".repeat(201)));
    }

    @Test
    void discardRemovesAStoredFileButNothingOutsideTheStore() throws IOException {
        StoredPackage stored = cut.receive(new GeneratedStream(10, 1), 10, "m");
        cut.discard(stored.path());
        assertEquals(List.of(), filesInStore());
        cut.discard(stored.path());
        Path outside = Files.writeString(dir.resolve("outside.txt"), "keep");
        assertThrows(IllegalArgumentException.class, () -> cut.discard(outside));
        assertThrows(IllegalArgumentException.class, () -> cut.discard(dir.resolve("dokumentpakker/../outside.txt")));
        assertTrue(Files.exists(outside));
    }

    @Test
    void uploadsAbandonedByACrashAreRemovedOnceOld() throws IOException {
        StoredPackage kept = cut.receive(new GeneratedStream(10, 1), 10, "m");
        Path store = kept.path().getParent();
        Path old = Files.writeString(store.resolve(".upload-123.part"), "half");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path recent = Files.writeString(store.resolve(".upload-456.part"), "arriving");
        assertEquals(1, cut.removeAbandonedUploads(Duration.ofDays(1)));
        assertEquals(Set.of(kept.path(), recent), Set.copyOf(filesInStore()));
    }

    private List<Path> filesInStore() throws IOException {
        Path store = dir.resolve("dokumentpakker").toAbsolutePath();
        if (!Files.exists(store)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
