package no.kurer.dpi.forwarding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.entity.MeldingStatus;
import no.kurer.dpi.entity.MessageState;
import no.kurer.dpi.entity.Status;
import no.kurer.dpi.forwarding.entity.ForwardAttempt;
import no.kurer.dpi.forwarding.entity.MeldingFeilet;
import no.kurer.dpi.forwarding.entity.Outcome;
import no.kurer.platform.Backoff;
import no.kurer.testsupport.DatabaseServer;
import no.kurer.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The outbox's claims and outcomes on a real database, through EclipseLink and the Flyway schema, the same way on every
 * database Kurer supports. Each test works at its own moment in time ({@link #now}), far from the others, so messages
 * one test leaves due never become due in another.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OutboxContract {

    static final ForwardingPolicy POLICY = new ForwardingPolicy(
            3, new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(1)), Duration.ofMinutes(15), 10);

    DatabaseServer server;
    TestDatabase database;
    private OffsetDateTime base = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);

    abstract DatabaseServer startDatabase() throws Exception;

    @BeforeAll
    void start() throws Exception {
        server = startDatabase();
        database = TestDatabase.on(server, "kurer", Map.of("eclipselink.connection-pool.default.max", "8"));
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (database != null) {
                database.close();
            }
        } finally {
            server.close();
        }
    }

    @Test
    void dueMessageIsClaimedByOneAndHiddenWhileTheClaimHolds() {
        OffsetDateTime now = moment();
        String id = ready(now.minusSeconds(1));

        assertTrue(tx(o -> o.due(now, 100)).contains(id));
        assertTrue(claimed(o -> o.claim(id, "a", now, now.plusMinutes(15))));
        assertFalse(claimed(o -> o.claim(id, "b", now.plusMinutes(1), now.plusMinutes(16))), "claimed twice");
        assertFalse(tx(o -> o.due(now.plusMinutes(1), 100)).contains(id));
        assertEquals("a", tx(o -> o.find(id)).orElseThrow().work().claimedBy());
    }

    @Test
    void claimOfAnInstanceThatDiedExpiresAndAnotherTakesOver() {
        OffsetDateTime now = moment();
        String id = ready(now.minusSeconds(1));
        assertTrue(claimed(o -> o.claim(id, "crashed", now, now.plusMinutes(15))));

        OffsetDateTime later = now.plusMinutes(16);
        assertTrue(tx(o -> o.due(later, 100)).contains(id));
        assertTrue(claimed(o -> o.claim(id, "survivor", later, later.plusMinutes(15))));
        assertEquals("survivor", tx(o -> o.find(id)).orElseThrow().work().claimedBy());
    }

    @Test
    void messageWithoutItsPackageIsNeverDue() {
        OffsetDateTime now = moment();
        String id = uuid();
        tx(o -> {
            o.em().persist(melding(id));
            return null;
        });

        assertFalse(tx(o -> o.due(now.plusDays(1), 100)).contains(id));
        assertFalse(claimed(o -> o.claim(id, "a", now.plusDays(1), now.plusDays(2))));
    }

    @Test
    void twoInstancesRacingClaimEachMessageExactlyOnce() throws Exception {
        OffsetDateTime now = moment();
        Set<String> ids = new TreeSet<>();
        for (int i = 0; i < 60; i++) {
            ids.add(ready(now.minusSeconds(1)));
        }
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Future<List<String>> a = instances.submit(() -> claimAll("a", now, together));
            Future<List<String>> b = instances.submit(() -> claimAll("b", now, together));
            List<String> byA = a.get(120, TimeUnit.SECONDS);
            List<String> byB = b.get(120, TimeUnit.SECONDS);

            List<String> all = new ArrayList<>(byA);
            all.addAll(byB);
            assertEquals(all.size(), new TreeSet<>(all).size(), "a message was claimed by both");
            assertEquals(ids, new TreeSet<>(all));
            for (String id : ids) {
                String holder = tx(o -> o.find(id)).orElseThrow().work().claimedBy();
                assertEquals(byA.contains(id) ? "a" : "b", holder, id);
            }
            System.out.println(getClass().getSimpleName() + ": a claimed " + byA.size() + ", b " + byB.size());
        } finally {
            instances.shutdownNow();
        }
    }

    @Test
    void acceptedMessageIsSendtAndNoLongerReferencesItsPackage() {
        OffsetDateTime now = moment();
        String id = ready(now.minusSeconds(1));
        assertTrue(claimed(o -> o.claim(id, "a", now, now.plusMinutes(15))));

        tx(o -> {
            o.accepted(id, "a", now, now.plusSeconds(1), "Levert til hjørne 3 https://c3.example");
            return null;
        });

        Melding melding = tx(o -> o.find(id)).orElseThrow();
        assertEquals(MessageState.FORWARDED, melding.state());
        assertNull(melding.packageFile());
        assertNull(melding.work().claimedBy());
        assertEquals(1, melding.work().attempts());
        assertEquals(List.of(Status.OPPRETTET, Status.SENDT), statuses(id));
        assertEquals(List.of(Outcome.ACCEPTED), outcomes(id));
        assertFalse(tx(o -> o.due(now.plusDays(1), 100)).contains(id));
    }

    @Test
    void failuresBackOffExponentiallyThenTheMessageIsFeilet() {
        OffsetDateTime now = moment();
        String id = ready(now.minusSeconds(1));

        OffsetDateTime first = attemptAndFail(id, now, "Corner 3 answered POST with 503");
        Melding afterOne = tx(o -> o.find(id)).orElseThrow();
        assertEquals(MessageState.READY_FOR_FORWARDING, afterOne.state());
        assertEquals(
                first.plusSeconds(10).toInstant(),
                afterOne.work().nextAttemptAt().toInstant());
        assertNull(afterOne.work().claimedBy());
        assertFalse(tx(o -> o.due(first.plusSeconds(9), 100)).contains(id), "retried before the backoff");
        assertFalse(claimed(o -> o.claim(id, "a", first.plusSeconds(9), first.plusMinutes(15))));

        OffsetDateTime second = attemptAndFail(id, first.plusSeconds(11), "Corner 3 answered POST with 503");
        assertEquals(
                second.plusSeconds(20).toInstant(),
                tx(o -> o.find(id)).orElseThrow().work().nextAttemptAt().toInstant());

        OffsetDateTime third = second.plusSeconds(21);
        assertTrue(claimed(o -> o.claim(id, "a", third, third.plusMinutes(15))));
        Optional<MeldingFeilet> feilet = tx(o -> o.failed(id, "a", third, third.plusSeconds(1), "No route", POLICY));

        assertEquals(Optional.of(new MeldingFeilet(id, "conversation-" + id, "No route")), feilet);
        Melding failed = tx(o -> o.find(id)).orElseThrow();
        assertEquals(MessageState.FAILED, failed.state());
        assertEquals(3, failed.work().attempts());
        assertEquals(List.of(Status.OPPRETTET, Status.FEILET), statuses(id));
        assertEquals(
                "No route",
                tx(o -> o.em().createNamedQuery(MeldingStatus.HISTORY, MeldingStatus.class)
                                .setParameter("meldingsid", id)
                                .getResultList())
                        .get(1)
                        .description());
        assertEquals(List.of(Outcome.FAILED, Outcome.FAILED, Outcome.GAVE_UP), outcomes(id));
        assertFalse(tx(o -> o.due(third.plusDays(1), 100)).contains(id));
    }

    @Test
    void outcomeFromAnInstanceThatLostItsClaimOnlyLogsTheAttempt() {
        OffsetDateTime now = moment();
        String id = ready(now.minusSeconds(1));
        assertTrue(claimed(o -> o.claim(id, "slow", now, now.plusMinutes(15))));
        OffsetDateTime later = now.plusMinutes(16);
        assertTrue(claimed(o -> o.claim(id, "fast", later, later.plusMinutes(15))));

        assertTrue(tx(o -> o.failed(id, "slow", now, later.plusSeconds(1), "timed out", POLICY))
                .isEmpty());

        Melding melding = tx(o -> o.find(id)).orElseThrow();
        assertEquals("fast", melding.work().claimedBy());
        assertEquals(0, melding.work().attempts());
        assertEquals(List.of(Outcome.FAILED), outcomes(id));
    }

    private OffsetDateTime attemptAndFail(String id, OffsetDateTime at, String reason) {
        assertTrue(claimed(o -> o.claim(id, "a", at, at.plusMinutes(15))), "not due at " + at);
        OffsetDateTime finished = at.plusSeconds(1);
        assertTrue(tx(o -> o.failed(id, "a", at, finished, reason, POLICY)).isEmpty());
        return finished;
    }

    private List<String> claimAll(String claimer, OffsetDateTime now, CyclicBarrier together) throws Exception {
        together.await(30, TimeUnit.SECONDS);
        List<String> claimed = new ArrayList<>();
        List<String> due;
        do {
            due = tx(o -> o.due(now, 10));
            for (String id : due) {
                if (claimed(o -> o.claim(id, claimer, now, now.plusMinutes(15)))) {
                    claimed.add(id);
                }
            }
        } while (!due.isEmpty());
        return claimed;
    }

    /** A moment of its own for each test, a day after the previous one. */
    private synchronized OffsetDateTime moment() {
        base = base.plusDays(1);
        return base;
    }

    private String ready(OffsetDateTime dueAt) {
        String id = uuid();
        tx(o -> {
            Melding melding = melding(id);
            melding.packageAccepted(id + "-file", "application/cms", 42);
            o.em().persist(melding);
            o.em().persist(new MeldingStatus(id, Status.OPPRETTET, "Dokumentpakke mottatt"));
            return null;
        });
        // packageAccepted makes it due at once (wall clock); tests move it to their own moment
        tx(o -> o.em().createNativeQuery("UPDATE dpi_message SET next_attempt_at = ? WHERE meldingsid = ?")
                .setParameter(1, dueAt)
                .setParameter(2, id)
                .executeUpdate());
        return id;
    }

    private static Melding melding(String id) {
        return new Melding(
                id,
                "conversation-" + id,
                "digital",
                "urn:process",
                "991825827",
                null,
                null,
                "987464291",
                "fingerprint",
                "eyJ.eyJ.sig");
    }

    private List<Status> statuses(String id) {
        return tx(o -> o.em().createNamedQuery(MeldingStatus.HISTORY, MeldingStatus.class)
                        .setParameter("meldingsid", id)
                        .getResultList())
                .stream()
                .map(MeldingStatus::status)
                .toList();
    }

    private List<Outcome> outcomes(String id) {
        return tx(o -> o.attempts(id)).stream().map(ForwardAttempt::outcome).toList();
    }

    private boolean claimed(Function<Records, Boolean> claim) {
        return tx(claim);
    }

    /** The outbox records in one resource-local transaction, as the container runs them in one JTA transaction. */
    <T> T tx(Function<Records, T> work) {
        return database.transaction(em -> work.apply(new Records(em)));
    }

    static final class Records extends OutboxRecords {
        private final EntityManager em;

        Records(EntityManager em) {
            super(em);
            this.em = em;
        }

        EntityManager em() {
            return em;
        }
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }
}
