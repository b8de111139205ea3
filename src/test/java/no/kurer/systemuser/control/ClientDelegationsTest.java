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
 * authorisation as Altinn lists them, on however many pages (up to a bound, on Altinn's host only); a failing Altinn
 * leaves every flag as it was.
 */
class ClientDelegationsTest {

    static final String PROVIDER = "991825827";
    static final String DELEGATED = "310000001";
    static final String WITHDRAWN = "310000002";
    static final String ON_PAGE_3 = "310000003";

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
    void aListOfThreePagesIsReadWholeAndOnlyAClientOnNoPageIsRemoved() {
        organisations.add(ON_PAGE_3, "On page 3", Access.AGENT_CLIENT, agent, List.of());
        altinn.pages.add(List.of("310000004"));
        altinn.pages.add(List.of(ON_PAGE_3));

        cut.followAll();

        assertEquals(
                List.of(
                        "clients agent-su-1 as " + PROVIDER + " " + externalRef,
                        "next " + FakeAltinn.API + "/enduser/systemuser/clients?agent=a&page=2 as " + PROVIDER + " "
                                + externalRef,
                        "next " + FakeAltinn.API + "/enduser/systemuser/clients?agent=a&page=3 as " + PROVIDER + " "
                                + externalRef),
                altinn.calls.subList(1, altinn.calls.size()),
                "every next link is followed, with the agent's own token, until there is none");
        assertEquals(
                List.of(DELEGATED, "310000004", ON_PAGE_3),
                registrations.find(agent).orElseThrow().clients().orgnos());
        assertTrue(organisations.find(ON_PAGE_3).orElseThrow().authorised(), "listed on page 3");
        assertTrue(organisations.find(DELEGATED).orElseThrow().authorised(), "listed on page 1");
        assertFalse(organisations.find(WITHDRAWN).orElseThrow().authorised(), "on no page: removed");
    }

    @Test
    void moreThanTheBoundOfPagesIsAFailureThatChangesNoFlag() {
        altinn.endless = true;

        cut.followAll();

        assertEquals(
                ClientDelegations.MAX_PAGES,
                altinn.calls.stream()
                        .filter(c -> c.startsWith("clients ") || c.startsWith("next "))
                        .count(),
                "it stops at the bound");
        Registration stopped = registrations.find(agent).orElseThrow();
        assertTrue(
                stopped.clients().error().contains("more than " + ClientDelegations.MAX_PAGES + " pages"),
                stopped.clients().error());
        assertTrue(organisations.find(WITHDRAWN).orElseThrow().authorised(), "an unfinished list removes nobody");
    }

    @Test
    void aNextLinkToAnotherHostIsNotFollowedAndChangesNoFlag() {
        altinn.pages.add(List.of(WITHDRAWN));
        altinn.nextBase = "https://platform.tt02.altinn.no.example.com/authentication/api/v1";

        cut.followAll();

        assertTrue(altinn.calls.stream().noneMatch(c -> c.startsWith("next ")), "nothing was sent there");
        Registration refused = registrations.find(agent).orElseThrow();
        assertTrue(
                refused.clients().error().contains("Kurer sends its token to Altinn only"),
                refused.clients().error());
        assertEquals(List.of(), refused.clients().orgnos(), "no list is stored");
        assertTrue(organisations.find(WITHDRAWN).orElseThrow().authorised(), "no flag changes");
        assertTrue(organisations.find(DELEGATED).orElseThrow().authorised());
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
