package no.kurer.organisation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.kurer.organisation.entity.Organisation.Access;
import no.kurer.systemuser.entity.Registration;
import no.kurer.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** Which onboarding an organisation's row on the admin page shows. */
class OrganisationOverviewTest {

    static final String PARTY = "910000001";

    @Test
    void aStandardOrganisationShowsItsNewestStandardOnboardingAnAgentClientItsAgents() {
        try (TestDatabase db = TestDatabase.h2("overview")) {
            List<Registration> newestFirst = db.transaction(em -> {
                Registration older = registration(PARTY, "older");
                Registration agent = registration(PARTY, "agent").asAgent();
                Registration newer = registration(PARTY, "newer");
                Registration elsewhere = registration("910000002", "elsewhere");
                for (Registration r : List.of(older, agent, newer, elsewhere)) {
                    em.persist(r);
                }
                em.flush();
                return List.of(elsewhere, newer, agent, older);
            });
            Registration agent = newestFirst.get(2);

            assertEquals(
                    newestFirst.get(1),
                    OrganisationOverview.onboardingOf(PARTY, Access.STANDARD, null, newestFirst)
                            .orElseThrow(),
                    "the newest standard onboarding for the party, not the agent's");
            assertEquals(
                    agent,
                    OrganisationOverview.onboardingOf("910000003", Access.AGENT_CLIENT, agent.id(), newestFirst)
                            .orElseThrow());
            assertTrue(OrganisationOverview.onboardingOf("910000003", Access.STANDARD, null, newestFirst)
                    .isEmpty());
            assertTrue(OrganisationOverview.onboardingOf("910000003", Access.AGENT_CLIENT, 999L, newestFirst)
                    .isEmpty());
        }
    }

    private static Registration registration(String party, String name) {
        return new Registration(
                "999888771_kurer",
                "999888771",
                party,
                "999888771_kurer_systembruker_" + name,
                "client",
                List.of("urn:altinn:accesspackage:test"));
    }
}
