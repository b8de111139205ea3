package no.kurer.dpi.kvittering.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import no.kurer.dpi.control.Meldinger;
import no.kurer.dpi.control.store.PackageStore;
import no.kurer.dpi.entity.Melding;
import no.kurer.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep on a migrated H2 and a real directory: orphans older than a day go, everything else stays. */
class OrphanedPackagesTest {

    static final Instant TWO_DAYS_AGO = Instant.now().minus(Duration.ofDays(2));

    @TempDir
    Path dir;

    TestDatabase database;
    EntityManager em;
    PackageStore packages;
    OrphanedPackages cut;

    @BeforeEach
    void setUp() {
        database = TestDatabase.h2("orphans");
        em = database.emf().createEntityManager();
        packages = new PackageStore(dir);
        cut = new OrphanedPackages(new Meldinger(em), packages);
    }

    @AfterEach
    void close() {
        em.close();
        database.close();
    }

    @Test
    void anOldOrphanIsDeletedAndAReferencedOrYoungFileIsKept() throws IOException {
        // '_' is encoded in file names, so a comparison by the raw name would take the referenced file for an orphan
        String name = "pakke_" + UUID.randomUUID();
        Path referenced = file(name, TWO_DAYS_AGO);
        message(name);
        Path oldOrphan = file(UUID.randomUUID().toString(), TWO_DAYS_AGO);
        Path youngOrphan = file(UUID.randomUUID().toString(), Instant.now());

        assertEquals(1, cut.sweep(OrphanedPackages.AGE));

        assertFalse(Files.exists(oldOrphan), "an orphan older than a day is deleted");
        assertTrue(Files.exists(referenced), "a package a message refers to is kept, however old");
        assertTrue(Files.exists(youngOrphan), "a young orphan may be an upload about to commit");
    }

    @Test
    void halfWrittenUploadsOlderThanADayAreDeletedToo() throws IOException {
        Path oldPart = Files.createTempFile(dir, ".upload-", ".part");
        Files.setLastModifiedTime(oldPart, FileTime.from(TWO_DAYS_AGO));
        Path youngPart = Files.createTempFile(dir, ".upload-", ".part");

        assertEquals(1, cut.sweep(OrphanedPackages.AGE));

        assertFalse(Files.exists(oldPart));
        assertTrue(Files.exists(youngPart), "an upload in progress is left alone");
    }

    Path file(String name, Instant modified) throws IOException {
        Path path = packages.receive(new ByteArrayInputStream(new byte[] {1, 2, 3}), 10, name)
                .path();
        Files.setLastModifiedTime(path, FileTime.from(modified));
        return path;
    }

    void message(String packageName) {
        em.getTransaction().begin();
        Melding melding = new Melding(
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                "digital",
                null,
                "991825827",
                null,
                null,
                "987464291",
                "fp",
                "a forretningsmelding");
        melding.packageAccepted(packageName, "application/cms", 3);
        em.persist(melding);
        em.getTransaction().commit();
    }
}
