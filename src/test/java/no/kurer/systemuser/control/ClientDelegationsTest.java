package no.kurer.systemuser.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.kurer.altinn.control.AltinnUnreachable;
import no.kurer.organisation.control.Organisations;
import no.kurer.organisation.entity.Organisation;
import no.kurer.organisation.entity.Organisation.Access;
import no.kurer.systemuser.control.OnboardingStepsTest.FakeAltinn;
import no.kurer.systemuser.entity.OnboardingStatus;
import no.kurer.systemuser.entity.Registration;
import no.kurer.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The delegation follower on an H2 database: an accepted agent onboarding's systemuser_id is learnt once, its clients
 * are read with the agent's own system user token, and its added AGENT_CLIENT organisations lose and regain their
 * authorisation as Altinn lists them; a failing Altinn leaves every flag as it was.
 */
class ClientDelegationsTest {

    static final String PROVIDER = "991825827";
    static final String DELEGATED = "310000001";
    static final String WITHDRAWN = "310000002";

    TestDatabase kurer;
    TransactionalRegistrations registrations;
    Organisations organisations;
    final FakeAltinn altinn = new FakeAltinn();
    final ClientDelegations cut = new ClientDelegations();
    long agent;
    String externalRef;

    @BeforeEach
    void setUp() {
        kurer = TestDatabase.h2("delegations");
        registrations = new TransactionalRegistrations(kurer);
        organisations = TransactionalRegistrations.organisations(kurer);
        cut.registrations = registrations;
        cut.organisations = organisations;
        cut.altinn = altinn;
        Registration stored = kurer.transaction(em -> {
            Registration r = new OnboardingRequest(
                            "999888771", "kurer", PROVIDER, "regnskap", "kurer-client", List.of("p"))
                    .agentRegistration();
            r.moveTo(OnboardingStatus.ACCEPTED, null, null);
            em.persist(r);
            Registration standard = new OnboardingRequest(
                            "999888771", "kurer", PROVIDER, "own", "kurer-client", List.of("p"))
                    .registration();
            standard.moveTo(OnboardingStatus.ACCEPTED, null, null);
            em.persist(standard);
            em.flush();
            return r;
        });
        agent = stored.id();
        externalRef = stored.externalRef();
        altinn.systemUserIds.put(externalRef, "agent-su-1");
        organisations.add(DELEGATED, "Delegated", Access.AGENT_CLIENT, agent, List.of());
        organisations.add(WITHDRAWN, "Withdrawn", Access.AGENT_CLIENT, agent, List.of());
        altinn.clients.add(DELEGATED);
    }

    @AfterEach
    void tearDown() {
        kurer.close();
    }

    @Test
    void learnsTheAgentsIdOnceAndReadsItsClientsAsTheAgent() {
        cut.followAll();
        cut.followAll();

        assertEquals(
                List.of(
                        "token " + PROVIDER + " " + externalRef + " altinn:clientdelegations.read",
                        "clients agent-su-1 as " + PROVIDER + " " + externalRef,
                        "clients agent-su-1 as " + PROVIDER + " " + externalRef),
                altinn.calls,
                "only the agent onboarding is followed; its id is asked for once");
        Registration followed = registrations.find(agent).orElseThrow();
        assertEquals("agent-su-1", followed.systemUserId());
        assertEquals(List.of(DELEGATED), followed.clients().orgnos());
        assertTrue(followed.clients().checked() != null);
    }

    @Test
    void aRemovedDelegationIsNoLongerAuthorisedAndADelegationAgainIsAuthorisedAgain() {
        cut.followAll();

        Organisation withdrawn = organisations.find(WITHDRAWN).orElseThrow();
        assertFalse(withdrawn.authorised());
        assertTrue(
                withdrawn.authorisationNote().contains("agent system user agent-su-1 was removed in Altinn"),
                withdrawn.authorisationNote());
        assertTrue(organisations.find(DELEGATED).orElseThrow().authorised());

        altinn.clients.add(WITHDRAWN);
        cut.followAll();

        Organisation again = organisations.find(WITHDRAWN).orElseThrow();
        assertTrue(again.authorised());
        assertTrue(again.authorisationNote().contains("again"), again.authorisationNote());
    }

    @Test
    void aFailingAltinnLeavesTheFlagsAndTheListAsTheyAreAndIsRecordedOnce() {
        cut.followAll();
        altinn.clients.clear();
        altinn.failure = AltinnUnreachable.authentication("GET /enduser/systemuser/clients", "answered 503");

        cut.followAll();
        Registration failed = registrations.find(agent).orElseThrow();
        assertTrue(failed.clients().error().contains("503"), failed.clients().error());
        assertEquals(List.of(DELEGATED), failed.clients().orgnos());
        assertTrue(organisations.find(DELEGATED).orElseThrow().authorised(), "a failure is no removal");
        assertFalse(registrations.clientsFailed(agent, failed.clients().error()), "the same error again is not new");

        altinn.failure = null;
        cut.followAll();
        Registration recovered = registrations.find(agent).orElseThrow();
        assertNull(recovered.clients().error());
        assertEquals(List.of(), recovered.clients().orgnos());
        assertFalse(organisations.find(DELEGATED).orElseThrow().authorised());
    }
}
