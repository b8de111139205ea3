package no.kurer.dpi.kvittering.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import no.kurer.dpi.control.Meldinger;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.entity.MeldingStatus;
import no.kurer.dpi.entity.Status;
import no.kurer.dpi.kvittering.entity.Kvittering;
import no.kurer.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retention's queries ({@link Meldinger} for messages, {@link Kvitteringer} for receipts) on a migrated H2: what is
 * due, that a purge keeps the meldingsid, and that a message is purged once.
 */
class RetentionQueriesTest {

    static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC);
    static final OffsetDateTime LONG_AGO = NOW.minusDays(40);
    static final OffsetDateTime CUTOFF = NOW.minusDays(30);

    TestDatabase database;
    EntityManager em;
    Meldinger meldinger;
    Kvitteringer kvitteringer;

    @BeforeEach
    void database() {
        database = TestDatabase.h2("retention");
        em = database.emf().createEntityManager();
        meldinger = new Meldinger(em);
        kvitteringer = new Kvitteringer(em);
    }

    @AfterEach
    void close() {
        em.close();
        database.close();
    }

    @Test
    void finishedOrAbandonedMessagesAreDueAfterTheCutoffAndNothingElse() {
        String sentLongAgo = melding(true, Status.SENDT, LONG_AGO);
        String failedLongAgo = melding(true, Status.FEILET, LONG_AGO);
        String abandoned = melding(false, null, LONG_AGO);
        String waitingForForwarding = melding(true, null, LONG_AGO);
        String sentRecently = melding(true, Status.SENDT, NOW);

        var due = meldinger.dueForPurge(CUTOFF, 100);
        assertTrue(due.containsAll(List.of(sentLongAgo, failedLongAgo, abandoned)), due.toString());
        assertFalse(due.contains(waitingForForwarding), "not yet delivered");
        assertFalse(due.contains(sentRecently), "not yet expired");
    }

    @Test
    void aPurgedMessageKeepsItsMeldingsidAndLosesTheRest() {
        String id = melding(true, Status.SENDT, LONG_AGO);

        Optional<Optional<String>> first = tx(() -> meldinger.purge(id, NOW));
        assertEquals(Optional.of(Optional.of("pakke-" + id)), first, "the package file to delete");
        assertEquals(Optional.empty(), tx(() -> meldinger.purge(id, NOW)), "a message is purged once");

        em.clear();
        Melding kept = em.find(Melding.class, id);
        assertEquals("", kept.forretningsmelding());
        assertEquals(null, kept.packageFile());
        assertEquals(
                0,
                em.createNamedQuery(MeldingStatus.HISTORY)
                        .setParameter("meldingsid", id)
                        .getResultList()
                        .size());
        assertFalse(meldinger.dueForPurge(CUTOFF, 100).contains(id));
    }

    @Test
    void receiptsExpireByTheirOwnAge() {
        String id = melding(true, Status.SENDT, NOW);
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        tx(() -> {
            em.persist(new Kvittering(
                    old, "c", id, "leveringskvittering", "991825827", null, null, null, "987464291", "jws"));
            em.persist(new Kvittering(
                    recent, "c", id, "aapningskvittering", "991825827", null, null, null, "987464291", "jws"));
            return null;
        });
        tx(() -> em.createNativeQuery("UPDATE dpi_receipt SET received = ?1 WHERE meldingsid = ?2")
                .setParameter(1, LONG_AGO)
                .setParameter(2, old)
                .executeUpdate());

        assertEquals(1, tx(() -> kvitteringer.deleteExpired(CUTOFF)));
        assertEquals(
                1,
                em.createNamedQuery(Kvittering.BY_MELDINGSID)
                        .setParameter("meldingsid", recent)
                        .getResultList()
                        .size());
    }

    String melding(boolean withPackage, Status status, OffsetDateTime at) {
        String id = UUID.randomUUID().toString();
        tx(() -> {
            Melding melding = new Melding(
                    id,
                    UUID.randomUUID().toString(),
                    "digital",
                    null,
                    "991825827",
                    null,
                    null,
                    "987464291",
                    "fp",
                    "a forretningsmelding");
            if (withPackage) {
                melding.packageAccepted("pakke-" + id, "application/cms", 10);
            }
            em.persist(melding);
            if (status != null) {
                em.persist(new MeldingStatus(id, status, "test"));
            }
            return null;
        });
        tx(() -> {
            em.createNativeQuery("UPDATE dpi_message SET updated = ?1 WHERE meldingsid = ?2")
                    .setParameter(1, at)
                    .setParameter(2, id)
                    .executeUpdate();
            return em.createNativeQuery("UPDATE dpi_message_status SET occurred = ?1 WHERE meldingsid = ?2")
                    .setParameter(1, at)
                    .setParameter(2, id)
                    .executeUpdate();
        });
        return id;
    }

    <T> T tx(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        }
    }
}
