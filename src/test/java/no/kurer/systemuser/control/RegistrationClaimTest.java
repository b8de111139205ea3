package no.kurer.systemuser.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
 * Claiming an onboarding's next attempt, with two claimants on one H2 database: one takes
 * it and is named in {@code claimed_by}, the other is refused until the claim lapses, and a recorded attempt frees it.
 * Each call runs in a transaction and persistence context of its own, as a {@code REQUIRES_NEW} method does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationClaimTest {

    @TempDir
    static Path dir;

    private H2FileDatabase database;
    private TestDatabase kurer;

    @BeforeAll
    void start() throws Exception {
        database = new H2FileDatabase(dir);
        kurer = TestDatabase.on(database, "registrations", Map.of("eclipselink.logging.level", "OFF"));
    }

    @AfterAll
    void stop() throws Exception {
        kurer.close();
        database.close();
    }

    @Test
    void oneInstanceTakesAnAttemptAndTheOtherOnlyOnceTheClaimLapsesOrTheAttemptIsRecorded() {
        long id = stored("ref-1", OnboardingStatus.REGISTERING_SYSTEM);
        Instant now = Instant.now();
        Optional<Registration> taken = registrations(r -> r.claim(id, now, now.plusSeconds(60)));
        assertTrue(taken.isPresent());
        assertEquals(Instance.ID, taken.get().work().claimedBy());
        assertFalse(
                registrations(r -> r.claim(id, now.plusSeconds(1), now.plusSeconds(61)))
                        .isPresent(),
                "claimed twice");
        Registration again = registrations(r -> r.claim(id, now.plusSeconds(61), now.plusSeconds(121)))
                .orElseThrow(() -> new AssertionError("a crashed instance's claim lapses"));

        registrations(r -> {
            r.record(
                    id,
                    again.version(),
                    new OnboardingSteps.Outcome(OnboardingStatus.REQUESTING, "req", "url", null, null, null));
            return null;
        });
        Registration recorded = registrations(r -> r.find(id)).orElseThrow();
        assertEquals(OnboardingStatus.REQUESTING, recorded.status());
        assertNull(recorded.work().claimedBy(), "recording the attempt frees the claim");
        assertTrue(registrations(r -> r.claim(id, now.plusSeconds(62), now.plusSeconds(122)))
                .isPresent());
    }

    @Test
    void anOnboardingNoLongerInProgressIsNotClaimed() {
        long id = stored("ref-2", OnboardingStatus.ACCEPTED);
        assertFalse(registrations(r -> r.claim(id, Instant.now(), Instant.now().plusSeconds(60)))
                .isPresent());
    }

    private long stored(String externalRef, OnboardingStatus status) {
        return kurer.transaction(em -> {
            Registration r =
                    new Registration("999888771_kurer", "999888771", "910753614", externalRef, "c", List.of("p"));
            if (status != r.status()) {
                r.moveTo(status, null, null);
            }
            em.persist(r);
            em.flush();
            return r.id();
        });
    }

    /** {@code work} on {@link Registrations} in a transaction and persistence context of its own, as in the server. */
    private <T> T registrations(Function<Registrations, T> work) {
        return kurer.transaction(em -> {
            Registrations registrations = new Registrations();
            registrations.em = em;
            return work.apply(registrations);
        });
    }
}
