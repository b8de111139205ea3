package no.kurer.platform;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.entity.MeldingStatus;
import no.kurer.dpi.entity.MessageState;
import no.kurer.dpi.entity.Status;
import no.kurer.testsupport.DatabaseServer;
import no.kurer.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What Kurer needs from its database, asserted the same way on every database it supports: the Flyway migrations build
 * the schema once, and the DPI entities round-trip through EclipseLink with the schema's constraints in force.
 * Subclasses start the database, once per class; each test works on its own meldingsids.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PersistenceContract {

    private static final String UNIQUE_VIOLATION = "23505";
    /** PostgreSQL reports a missing parent as 23503, H2 as 23506; both are foreign key violations. */
    private static final Set<String> FOREIGN_KEY_VIOLATION = Set.of("23503", "23506");

    private TimeZone originalZone;
    private DatabaseServer database;
    private TestDatabase kurer;
    private Sql sql;
    private EntityManagerFactory emf;

    abstract DatabaseServer startDatabase() throws Exception;

    @BeforeAll
    void start() throws Exception {
        // Not UTC, so that a timestamp converted through the JVM's zone shows up as a wrong instant.
        originalZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Oslo"));
        database = startDatabase();
        System.out.println(getClass().getSimpleName() + ": " + database.description());
        // The tests provoke constraint violations on purpose; EclipseLink would log each as a warning.
        kurer = TestDatabase.on(database, "kurer", Map.of("eclipselink.logging.level", "SEVERE"));
        sql = new Sql(kurer.url(), database.user(), database.password());
        emf = kurer.emf();
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (kurer != null) {
                kurer.close();
            }
            if (database != null) {
                database.close();
            }
        } finally {
            TimeZone.setDefault(originalZone);
        }
    }

    @Test
    void migrationsBuildAnEmptyDatabaseOnceAndNeverReapply() throws Exception {
        String url = database.url("migrations");
        Flyway flyway = flyway(url);
        assertNull(flyway.info().current(), "the database was not empty");
        int pending = flyway.info().pending().length;
        assertTrue(pending > 0, "no migrations found in classpath:db/migration");

        MigrateResult first = flyway.migrate();
        assertTrue(first.success);
        assertEquals(pending, first.migrationsExecuted);
        Sql migrated = new Sql(url, database.user(), database.password());
        assertEquals(0L, migrated.count("SELECT COUNT(*) FROM dpi_message"));
        assertEquals(0L, migrated.count("SELECT COUNT(*) FROM dpi_message_status"));
        long history = migrated.count("SELECT COUNT(*) FROM \"flyway_schema_history\"");

        MigrateResult again = flyway(url).migrate();
        assertTrue(again.success);
        assertEquals(0, again.migrationsExecuted, "a migration was applied twice");
        assertEquals(first.targetSchemaVersion, again.initialSchemaVersion);
        assertEquals(history, migrated.count("SELECT COUNT(*) FROM \"flyway_schema_history\""));
        assertEquals(0, flyway(url).info().pending().length);
        assertTrue(flyway(url).validateWithResult().validationSuccessful);
    }

    @Test
    void meldingReadsBackFieldForField() throws Exception {
        String meldingsid = uuid();
        String forretningsmelding = Samples.forretningsmelding(200 * 1024);
        Melding stored = Samples.melding(meldingsid, uuid(), "910076787", forretningsmelding);
        transaction(em -> em.persist(stored));

        Melding read = load(em -> em.find(Melding.class, meldingsid));

        assertNotSame(stored, read);
        assertAll(
                () -> assertEquals(stored.meldingsid(), read.meldingsid()),
                () -> assertEquals(stored.conversationId(), read.conversationId()),
                () -> assertEquals(stored.type(), read.type()),
                () -> assertEquals(stored.process(), read.process()),
                () -> assertEquals(stored.avsender(), read.avsender()),
                () -> assertNull(read.databehandler()),
                () -> assertNull(read.avsenderidentifikator()),
                () -> assertEquals(stored.receiver(), read.receiver()),
                () -> assertEquals(stored.fingerprint(), read.fingerprint()),
                () -> assertEquals(
                        forretningsmelding.length(), read.forretningsmelding().length()),
                () -> assertEquals(forretningsmelding, read.forretningsmelding()),
                () -> assertNull(read.packageFile()),
                () -> assertNull(read.packageMediaType()),
                () -> assertNull(read.packageSize()),
                () -> assertEquals(MessageState.AWAITING_PACKAGE, read.state()),
                () -> assertTrue(read.awaitsPackage()),
                () -> assertSameMicrosecond(stored.created(), read.created()),
                () -> assertSameMicrosecond(stored.updated(), read.updated()));
        // The instant in the row itself, as any other reader of the database sees it.
        assertSameMicrosecond(
                stored.created(), sql.timestamp("SELECT created FROM dpi_message WHERE meldingsid = ?", meldingsid));
    }

    @Test
    void aMeldingsidIsAcceptedOnceEver() throws Exception {
        String meldingsid = uuid();
        transaction(em -> em.persist(Samples.melding(meldingsid, uuid(), "910076787", "first")));

        // Another sender, another conversation: the meldingsid alone decides.
        PersistenceException refused = assertThrows(
                PersistenceException.class,
                () -> transaction(em -> {
                    em.persist(Samples.melding(meldingsid, uuid(), "991825827", "second"));
                    em.flush();
                }));

        assertEquals(UNIQUE_VIOLATION, Sql.state(refused), () -> "refused for another reason: " + refused);
        assertEquals("first", load(em -> em.find(Melding.class, meldingsid)).forretningsmelding());
        assertEquals(1L, sql.count("SELECT COUNT(*) FROM dpi_message WHERE meldingsid = ?", meldingsid));
    }

    @Test
    void acceptedPackageIsStoredAndCountsAsNewVersion() throws Exception {
        String meldingsid = uuid();
        Melding stored = Samples.melding(meldingsid, uuid(), "910076787", "jwt");
        transaction(em -> em.persist(stored));
        long versionBefore = sql.count("SELECT version FROM dpi_message WHERE meldingsid = ?", meldingsid);

        transaction(
                em -> em.find(Melding.class, meldingsid).packageAccepted("ab/" + meldingsid, "application/cms", 4711));

        Melding read = load(em -> em.find(Melding.class, meldingsid));
        assertAll(
                () -> assertEquals(MessageState.READY_FOR_FORWARDING, read.state()),
                () -> assertFalse(read.awaitsPackage()),
                () -> assertEquals("ab/" + meldingsid, read.packageFile()),
                () -> assertEquals("application/cms", read.packageMediaType()),
                () -> assertEquals(4711L, read.packageSize()),
                () -> assertSameMicrosecond(stored.created(), read.created()),
                () -> assertFalse(read.updated().isBefore(read.created())),
                () -> assertEquals(
                        versionBefore + 1,
                        sql.count("SELECT version FROM dpi_message WHERE meldingsid = ?", meldingsid)));
    }

    @Test
    void updateOfAStaleCopyIsRefusedByTheVersion() {
        String meldingsid = uuid();
        transaction(em -> em.persist(Samples.melding(meldingsid, uuid(), "910076787", "jwt")));
        EntityManager slow = emf.createEntityManager();
        try {
            slow.getTransaction().begin();
            Melding stale = slow.find(Melding.class, meldingsid);
            transaction(em -> em.find(Melding.class, meldingsid).packageAccepted("first", "application/cms", 1));

            stale.packageAccepted("second", "application/cms", 2);
            RollbackException refused = assertThrows(
                    RollbackException.class, () -> slow.getTransaction().commit());
            assertTrue(refused.getCause() instanceof OptimisticLockException, () -> "refused for: " + refused);
        } finally {
            slow.close();
        }
        assertEquals("first", load(em -> em.find(Melding.class, meldingsid)).packageFile());
    }

    @Test
    void historyComesBackInInsertionOrder() {
        String meldingsid = uuid();
        String other = uuid();
        transaction(em -> {
            em.persist(Samples.melding(meldingsid, uuid(), "910076787", "jwt"));
            em.persist(Samples.melding(other, uuid(), "910076787", "jwt"));
        });
        // Not alphabetical, and interleaved with another message's history.
        for (Status status : List.of(Status.SENDT, Status.OPPRETTET, Status.FEILET)) {
            transaction(em -> em.persist(new MeldingStatus(meldingsid, status, "status " + status)));
            transaction(em -> em.persist(new MeldingStatus(other, Status.OPPRETTET, null)));
        }

        List<MeldingStatus> history = load(em -> em.createNamedQuery(MeldingStatus.HISTORY, MeldingStatus.class)
                .setParameter("meldingsid", meldingsid)
                .getResultList());

        assertEquals(
                List.of(Status.SENDT, Status.OPPRETTET, Status.FEILET),
                history.stream().map(MeldingStatus::status).toList());
        assertEquals(
                List.of("status SENDT", "status OPPRETTET", "status FEILET"),
                history.stream().map(MeldingStatus::description).toList());
        assertTrue(history.stream().allMatch(s -> s.meldingsid().equals(meldingsid)));
        assertFalse(history.get(2).occurred().isBefore(history.get(0).occurred()));
    }

    @Test
    void conversationFindsItsMessagesOnly() {
        String conversation = uuid();
        String first = uuid();
        String second = uuid();
        transaction(em -> em.persist(Samples.melding(first, conversation, "910076787", "jwt")));
        transaction(em -> em.persist(Samples.melding(uuid(), uuid(), "910076787", "jwt")));
        transaction(em -> em.persist(Samples.melding(second, conversation, "910076787", "jwt")));

        List<Melding> found = load(em -> em.createNamedQuery(Melding.BY_CONVERSATION, Melding.class)
                .setParameter("conversationId", conversation)
                .getResultList());

        assertEquals(
                List.of(first, second), found.stream().map(Melding::meldingsid).toList());
        assertTrue(load(em -> em.createNamedQuery(Melding.BY_CONVERSATION, Melding.class)
                        .setParameter("conversationId", uuid())
                        .getResultList())
                .isEmpty());
    }

    @Test
    void statusForAnUnknownMeldingsidIsRefused() throws Exception {
        String unknown = uuid();

        PersistenceException refused = assertThrows(
                PersistenceException.class,
                () -> transaction(em -> em.persist(new MeldingStatus(unknown, Status.OPPRETTET, null))));

        assertTrue(FOREIGN_KEY_VIOLATION.contains(Sql.state(refused)), () -> "refused for another reason: " + refused);
        assertEquals(0L, sql.count("SELECT COUNT(*) FROM dpi_message_status WHERE meldingsid = ?", unknown));
    }

    @Test
    void pessimisticWriteMakesASecondLockerWaitForTheFirst() throws Exception {
        String meldingsid = uuid();
        transaction(em -> em.persist(Samples.melding(meldingsid, uuid(), "910076787", "jwt")));
        ExecutorService other = Executors.newSingleThreadExecutor();
        EntityManager first = emf.createEntityManager();
        try {
            first.getTransaction().begin();
            Melding held = first.find(Melding.class, meldingsid, LockModeType.PESSIMISTIC_WRITE);
            assertTrue(held.awaitsPackage());

            Future<Boolean> secondSawWaiting =
                    other.submit(() -> load(em -> em.find(Melding.class, meldingsid, LockModeType.PESSIMISTIC_WRITE)
                            .awaitsPackage()));
            assertThrows(
                    TimeoutException.class,
                    () -> secondSawWaiting.get(300, TimeUnit.MILLISECONDS),
                    "the second locker did not wait for the first");

            held.packageAccepted("first", "application/cms", 1);
            first.getTransaction().commit();
            assertFalse(secondSawWaiting.get(30, TimeUnit.SECONDS), "the second locker read the row before the commit");
        } finally {
            if (first.getTransaction().isActive()) {
                first.getTransaction().rollback();
            }
            first.close();
            other.shutdownNow();
        }
    }

    private Flyway flyway(String url) {
        return TestDatabase.flyway(url, database.user(), database.password());
    }

    private <T> T load(Function<EntityManager, T> work) {
        return kurer.transaction(work);
    }

    private void transaction(Consumer<EntityManager> work) {
        kurer.inTransaction(work);
    }

    private static void assertSameMicrosecond(OffsetDateTime expected, OffsetDateTime actual) {
        Duration off = Duration.between(expected, actual).abs();
        assertTrue(off.compareTo(Duration.ofNanos(1000)) < 0, () -> "expected " + expected + " but was " + actual);
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }
}
