package no.kurer.systemuser.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kurer.altinn.control.AltinnRefused;
import no.kurer.altinn.control.AltinnUnreachable;
import no.kurer.maskinporten.entity.SystemUserReference;
import no.kurer.systemuser.control.OnboardingSteps.Outcome;
import no.kurer.systemuser.entity.OnboardingStatus;
import no.kurer.systemuser.entity.Registration;
import org.junit.jupiter.api.Test;

class OnboardingStepsTest {

    static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    static final Duration POLL = Duration.ofSeconds(30);

    final FakeAltinn altinn = new FakeAltinn();
    final OnboardingSteps cut = new OnboardingSteps(altinn, POLL, Clock.fixed(NOW, ZoneOffset.UTC));

    final Registration registration = new OnboardingRequest(
                    "999888771",
                    "kurer",
                    "991825827",
                    "dpo",
                    "client-1",
                    List.of("urn:altinn:accesspackage:informasjon-og-kommunikasjon"))
            .registration();

    @Test
    void registersTheSystemThenRequestsTheSystemUser() {
        Outcome outcome = cut.advance(registration, "Kurer", null);

        assertEquals(
                List.of(
                        "system 999888771_kurer client-1",
                        "packages 999888771_kurer",
                        "request 999888771_kurer 991825827 999888771_kurer_systembruker_dpo"),
                altinn.calls);
        assertEquals(OnboardingStatus.NEW, outcome.status());
        assertEquals("https://altinn/confirm/r1", outcome.confirmUrl());
        assertEquals(NOW.plus(POLL), outcome.retryAt());
        assertNull(outcome.error());
    }

    @Test
    void registeringTheSystemAgainKeepsThePackagesOfKurersOtherOnboardingsOfIt() {
        List<String> system = List.of(
                "urn:altinn:accesspackage:informasjon-og-kommunikasjon", "urn:altinn:accesspackage:post-og-arkiv");

        cut.advance(registration, "Kurer", null, system);

        assertEquals(system, altinn.lastPackages);
        assertEquals(
                OnboardingStatus.NEW, cut.advance(registration, "Kurer", null).status());
    }

    @Test
    void followsTheRequestUntilAltinnDecides() {
        registration.moveTo(OnboardingStatus.NEW, null, NOW);
        registration.requested("r1", "https://altinn/confirm/r1");
        altinn.status = "Accepted";

        Outcome outcome = cut.advance(registration, "Kurer", null);

        assertEquals(List.of("get r1"), altinn.calls);
        assertEquals(OnboardingStatus.ACCEPTED, outcome.status());
        assertNull(outcome.retryAt(), "nothing more to do");
    }

    @Test
    void altinnUnavailableKeepsTheStepAndWaitsLongerEachTime() {
        altinn.failure = AltinnUnreachable.authentication("POST /systemregister/vendor", "answered 503");

        Outcome first = cut.advance(registration, "Kurer", null);
        assertEquals(OnboardingStatus.REGISTERING_SYSTEM, first.status());
        assertTrue(first.error().contains("503"), first.error());
        assertEquals(NOW.plus(POLL), first.retryAt());

        registration.moveTo(first.status(), first.error(), first.retryAt());
        registration.moveTo(first.status(), first.error(), first.retryAt());
        assertEquals(
                NOW.plus(POLL.multipliedBy(4)),
                cut.advance(registration, "Kurer", null).retryAt());
    }

    @Test
    void altinnRefusingFailsUntilAnAdministratorRetries() {
        altinn.failure =
                AltinnRefused.authentication("POST /systemregister/vendor", 400, "{\"code\":\"AUTH.VLD-00008\"}");

        Outcome outcome = cut.advance(registration, "Kurer", null);

        assertEquals(OnboardingStatus.FAILED, outcome.status());
        assertTrue(outcome.error().contains("AUTH.VLD-00008"), outcome.error());
        assertNull(outcome.retryAt());
    }

    final Registration agent = new OnboardingRequest(
                    "999888771",
                    "kurer",
                    "991825827",
                    "regnskap",
                    "client-1",
                    List.of("urn:altinn:accesspackage:regnskapsforer-lonn"))
            .agentRegistration();

    @Test
    void anAgentOnboardingRequestsAnAgentSystemUserOfTheProvider() {
        Outcome outcome = cut.advance(agent, "Kurer", null);

        assertEquals(Registration.Kind.AGENT, agent.kind());
        assertEquals(
                List.of(
                        "system 999888771_kurer client-1",
                        "packages 999888771_kurer",
                        "agent 999888771_kurer 991825827 999888771_kurer_agent_regnskap"
                                + " [urn:altinn:accesspackage:regnskapsforer-lonn]"),
                altinn.calls);
        assertEquals(OnboardingStatus.NEW, outcome.status());
        assertEquals("a1", outcome.requestId());
        assertEquals("https://altinn/confirm/a1?kind=agent", outcome.confirmUrl());
        assertEquals(NOW.plus(POLL), outcome.retryAt());
    }

    @Test
    void anAgentRequestIsFollowedOnItsOwnPathUntilAltinnDecides() {
        agent.moveTo(OnboardingStatus.NEW, null, NOW);
        agent.requested("a1", "https://altinn/confirm/a1?kind=agent");

        assertEquals(OnboardingStatus.NEW, cut.advance(agent, "Kurer", null).status());
        altinn.status = "Rejected";
        Outcome rejected = cut.advance(agent, "Kurer", null);

        assertEquals(List.of("get agent a1", "get agent a1"), altinn.calls);
        assertEquals(OnboardingStatus.REJECTED, rejected.status());
        assertNull(rejected.retryAt());
    }

    @Test
    void anAgentAndAStandardSystemUserOfTheSameNameAreDifferentOnboardings() {
        Registration standard = new OnboardingRequest(
                        "999888771", "kurer", "991825827", "regnskap", "client-1", List.of("p"))
                .registration();
        assertEquals(Registration.Kind.STANDARD, standard.kind());
        assertNotEquals(standard.externalRef(), agent.externalRef());
    }

    @Test
    void systemIdsAltinnWouldRefuseAreRefusedFirst() {
        assertThrows(
                InvalidOnboarding.class,
                () -> new OnboardingRequest("999888771", "has space", "991825827", "dpo", "c", List.of("p")));
        assertThrows(
                InvalidOnboarding.class,
                () -> new OnboardingRequest("99988877", "kurer", "991825827", "dpo", "c", List.of("p")));
        assertThrows(
                InvalidOnboarding.class,
                () -> new OnboardingRequest("999888771", "kurer", "1", "dpo", "c", List.of("p")));
    }

    static class FakeAltinn implements SystemUserApi {
        static final String API = "https://platform.tt02.altinn.no/authentication/api/v1";
        final List<String> calls = new ArrayList<>();
        RuntimeException failure;
        String status = "New";
        final Map<String, String> systemUserIds = new HashMap<>();
        /** The first page of the agent's clients; {@link #pages} the following ones, each named by a next link. */
        final List<String> clients = new ArrayList<>();

        final List<List<String>> pages = new ArrayList<>();
        /** Where next links point (Altinn's Authentication API unless a test says otherwise). */
        String nextBase = API;
        /** Every page names a next one. */
        boolean endless;

        List<String> lastPackages;

        @Override
        public void createOrUpdateSystem(SystemDefinition system) {
            fail();
            calls.add("system " + system.systemId() + " " + system.clientId());
        }

        @Override
        public void setAccessPackages(String systemId, List<String> accessPackages) {
            fail();
            calls.add("packages " + systemId);
            lastPackages = accessPackages;
        }

        @Override
        public RequestState requestSystemUser(
                String systemId,
                String partyOrgno,
                String externalRef,
                List<String> accessPackages,
                String redirectUrl) {
            calls.add("request " + systemId + " " + partyOrgno + " " + externalRef);
            return new RequestState("r1", status, "https://altinn/confirm/r1");
        }

        @Override
        public RequestState request(String requestId) {
            fail();
            calls.add("get " + requestId);
            return new RequestState(requestId, status, "https://altinn/confirm/" + requestId);
        }

        @Override
        public RequestState requestAgent(
                String systemId,
                String providerOrgno,
                String externalRef,
                List<String> accessPackages,
                String redirectUrl) {
            fail();
            calls.add("agent " + systemId + " " + providerOrgno + " " + externalRef + " " + accessPackages);
            return new RequestState("a1", status, "https://altinn/confirm/a1?kind=agent");
        }

        @Override
        public RequestState agentRequest(String requestId) {
            fail();
            calls.add("get agent " + requestId);
            return new RequestState(requestId, status, "https://altinn/confirm/" + requestId + "?kind=agent");
        }

        @Override
        public String systemUserId(SystemUserReference user, String scope) {
            fail();
            calls.add("token " + user.orgno() + " " + user.externalRef() + " " + scope);
            return systemUserIds.get(user.externalRef());
        }

        @Override
        public DelegatedClients clients(String agentSystemUserId, SystemUserReference caller) {
            fail();
            calls.add("clients " + agentSystemUserId + " as " + caller.orgno() + " " + caller.externalRef());
            return page(clients, 2);
        }

        /** As {@link AltinnSystemUserApi#nextClients}: a next link off Altinn is refused before anything is sent. */
        @Override
        public DelegatedClients nextClients(String next, SystemUserReference caller) {
            fail();
            AuthenticationAnswers.nextPage("GET " + next, API, next);
            calls.add("next " + next + " as " + caller.orgno() + " " + caller.externalRef());
            int page = Integer.parseInt(next.substring(next.lastIndexOf('=') + 1));
            return page(endless ? List.of() : pages.get(page - 2), page + 1);
        }

        private DelegatedClients page(List<String> orgnos, int following) {
            boolean more = endless || following - 2 < pages.size();
            return new DelegatedClients(
                    orgnos.stream()
                            .map(orgno -> new Client(orgno, "Client " + orgno))
                            .toList(),
                    more ? nextBase + "/enduser/systemuser/clients?agent=a&page=" + following : null);
        }

        @Override
        public RequestState requestChange(
                String correlationId, String systemUserId, List<String> requiredAccessPackages, String redirectUrl) {
            fail();
            calls.add("change " + systemUserId + " " + requiredAccessPackages);
            return new RequestState(correlationId, status, "https://altinn/confirm/" + correlationId + "?kind=change");
        }

        @Override
        public RequestState changeRequest(String requestId) {
            fail();
            calls.add("get change " + requestId);
            return new RequestState(requestId, status, "https://altinn/confirm/" + requestId + "?kind=change");
        }

        private void fail() {
            if (failure != null) {
                throw failure;
            }
        }
    }
}
