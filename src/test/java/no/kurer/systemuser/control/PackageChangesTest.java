package no.kurer.systemuser.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.kurer.altinn.control.AltinnUnreachable;
import no.kurer.configuration.Settings;
import no.kurer.problems.Problem;
import no.kurer.systemuser.control.OnboardingStepsTest.FakeAltinn;
import no.kurer.systemuser.entity.OnboardingStatus;
import no.kurer.systemuser.entity.Registration;
import no.kurer.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Change requests for a standard system user's access packages, on an H2 database, against a fake Altinn. */
class PackageChangesTest {

    static final String HELD = "urn:altinn:accesspackage:informasjon-og-kommunikasjon";
    static final String WANTED = "urn:altinn:accesspackage:post-og-arkiv";

    TestDatabase kurer;
    TransactionalRegistrations registrations;
    final FakeAltinn altinn = new FakeAltinn();
    final PackageChanges cut = new PackageChanges();

    @BeforeEach
    void setUp() {
        kurer = TestDatabase.h2("changes");
        registrations = new TransactionalRegistrations(kurer);
        cut.registrations = registrations;
        cut.altinn = altinn;
        cut.settings = new SystemUserSettings(new Settings(key ->
                Optional.ofNullable(Map.of("systemuser.access-packages", HELD).get(key))));
    }

    @AfterEach
    void tearDown() {
        kurer.close();
    }

    @Test
    void updatesTheSystemsPackagesThenRequestsTheChangeAndFollowsItUntilAccepted() {
        long id = stored("own", OnboardingStatus.ACCEPTED, false);
        altinn.systemUserIds.put("999888771_kurer_systembruker_own", "su-1");

        Registration requested = cut.request(id, List.of(WANTED));

        assertEquals(
                List.of(
                        "token 991825827 999888771_kurer_systembruker_own altinn:broker.read",
                        "packages 999888771_kurer",
                        "change su-1 [" + WANTED + "]"),
                altinn.calls);
        assertEquals(List.of(HELD, WANTED), altinn.lastPackages, "the system keeps what it had");
        assertEquals("New", requested.change().status());
        assertTrue(
                requested.change().confirmUrl().endsWith("?kind=change"),
                requested.change().confirmUrl());
        assertEquals(List.of(HELD), requested.accessPackages(), "not before the customer approves");
        assertTrue(registrations.tx(r -> r.history(id)).stream()
                .anyMatch(h -> h.description()
                        .contains("Change request " + requested.change().requestId())));
        assertRefused(409, "change-request-not-possible", () -> cut.request(id, List.of(WANTED)));

        altinn.status = "Accepted";
        cut.followPending();
        Registration accepted = registrations.find(id).orElseThrow();
        assertEquals("Accepted", accepted.change().status());
        assertEquals(List.of(HELD, WANTED), accepted.accessPackages());
        assertEquals("su-1", accepted.systemUserId());

        altinn.calls.clear();
        cut.followPending();
        assertEquals(List.of(), altinn.calls, "a decided change request is not asked for again");
    }

    @Test
    void aFailingFollowUpKeepsTheChangeRequestNew() {
        long id = stored("flaky", OnboardingStatus.ACCEPTED, false);
        altinn.systemUserIds.put("999888771_kurer_systembruker_flaky", "su-2");
        cut.request(id, List.of(WANTED));
        altinn.failure = AltinnUnreachable.authentication("GET /changerequest", "answered 502");

        cut.followPending();

        Registration kept = registrations.find(id).orElseThrow();
        assertEquals("New", kept.change().status());
        assertTrue(kept.change().error().contains("502"), kept.change().error());
    }

    @Test
    void refusedBeforeAltinnIsCalled() {
        long accepted = stored("ok", OnboardingStatus.ACCEPTED, false);
        long agent = stored("agent", OnboardingStatus.ACCEPTED, true);
        long pending = stored("pending", OnboardingStatus.NEW, false);

        assertRefused(400, "invalid-change-request", () -> cut.request(accepted, List.of()));
        assertRefused(400, "invalid-change-request", () -> cut.request(accepted, List.of("post-og-arkiv")));
        assertRefused(409, "change-request-not-possible", () -> cut.request(agent, List.of(WANTED)));
        assertRefused(409, "change-request-not-possible", () -> cut.request(pending, List.of(WANTED)));
        assertRefused(404, "unknown-registration", () -> cut.request(999_999, List.of(WANTED)));
        assertEquals(List.of(), altinn.calls);
    }

    private long stored(String name, OnboardingStatus status, boolean agent) {
        return kurer.transaction(em -> {
            OnboardingRequest request =
                    new OnboardingRequest("999888771", "kurer", "991825827", name, "kurer-client", List.of(HELD));
            Registration r = agent ? request.agentRegistration() : request.registration();
            r.moveTo(status, null, null);
            em.persist(r);
            em.flush();
            return r.id();
        });
    }

    private static void assertRefused(int status, String slug, Runnable call) {
        Problem problem = assertThrows(Problem.class, call::run);
        assertEquals(status, problem.status(), problem.detail());
        assertTrue(problem.type().endsWith(slug), problem.type());
    }
}
