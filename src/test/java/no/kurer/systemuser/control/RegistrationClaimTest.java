package no.kurer.systemuser.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import no.kurer.platform.Instance;
import no.kurer.systemuser.entity.OnboardingStatus;
import no.kurer.systemuser.entity.Registration;
import no.kurer.testsupport.H2FileDatabase;
import no.kurer.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claiming an onboarding's next attempt, with two instances (two persistence contexts) on one H2 database: one takes
 * it and is named in {@code claimed_by}, the other is refused until the claim lapses, and a recorded attempt frees it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationClaimTest {

    @TempDir
    static Path dir;

    private H2FileDatabase database;
    private TestDatabase kurer;
    private Registrations one;
    private Registrations other;

    @BeforeAll
    void start() throws Exception {
        database = new H2FileDatabase(dir);
        kurer = TestDatabase.on(database, "registrations", Map.of("eclipselink.logging.level", "OFF"));
        one = new Registrations();
        one.em = kurer.emf().createEntityManager();
        other = new Registrations();
        other.em = kurer.emf().createEntityManager();
    }

    @AfterAll
    void stop() throws Exception {
        one.em.close();
        other.em.close();
        kurer.close();
        database.close();
    }

    @Test
    void oneInstanceTakesAnAttemptAndTheOtherOnlyOnceTheClaimLapsesOrTheAttemptIsRecorded() {
        long id = tx(one.em, () -> {
            Registration r = new Registration("999888771_kurer", "999888771", "910753614", "ref-1", "c", List.of("p"));
            one.em.persist(r);
            one.em.flush();
            return r.id();
        });
        Instant now = Instant.now();
        Optional<Registration> taken = tx(one.em, () -> one.claim(id, now, now.plusSeconds(60)));
        assertTrue(taken.isPresent());
        assertEquals(Instance.ID, taken.get().work().claimedBy());
        assertFalse(
                tx(other.em, () -> other.claim(id, now.plusSeconds(1), now.plusSeconds(61)))
                        .isPresent(),
                "claimed twice");
        assertTrue(
                tx(other.em, () -> other.claim(id, now.plusSeconds(61), now.plusSeconds(121)))
                        .isPresent(),
                "a crashed instance's claim lapses");

        long version = tx(other.em, () -> other.em.find(Registration.class, id).version());
        tx(other.em, () -> {
            other.record(
                    id,
                    version,
                    new OnboardingSteps.Outcome(OnboardingStatus.REQUESTING, "req", "url", null, null, null));
            return null;
        });
        Registration recorded = tx(one.em, () -> {
            one.em.clear();
            return one.em.find(Registration.class, id);
        });
        assertEquals(OnboardingStatus.REQUESTING, recorded.status());
        assertNull(recorded.work().claimedBy(), "recording the attempt frees the claim");
        assertTrue(tx(one.em, () -> one.claim(id, now.plusSeconds(62), now.plusSeconds(122)))
                .isPresent());
    }

    @Test
    void anOnboardingNoLongerInProgressIsNotClaimed() {
        long id = tx(one.em, () -> {
            Registration r = new Registration("999888771_kurer", "999888771", "910753614", "ref-2", "c", List.of("p"));
            r.moveTo(OnboardingStatus.ACCEPTED, null, null);
            one.em.persist(r);
            one.em.flush();
            return r.id();
        });
        assertFalse(tx(one.em, () -> one.claim(id, Instant.now(), Instant.now().plusSeconds(60)))
                .isPresent());
    }

    private static <T> T tx(EntityManager em, Supplier<T> work) {
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
