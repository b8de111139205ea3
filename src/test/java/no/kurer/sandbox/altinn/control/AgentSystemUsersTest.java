package no.kurer.sandbox.altinn.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.kurer.sandbox.altinn.entity.ClientDelegation;
import no.kurer.sandbox.altinn.entity.SystemUserRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentSystemUsersTest {

    static final String VENDOR = AltinnAuthenticationTest.VENDOR;
    static final String PACKAGE = AltinnAuthenticationTest.PACKAGE;
    static final String SYSTEM = VENDOR + "_kurer";
    static final String PROVIDER = "991825827";
    static final String CLIENT = "310000001";

    @TempDir
    Path dir;

    final AltinnAuthenticationTest.MutableClock clock =
            new AltinnAuthenticationTest.MutableClock(Instant.parse("2026-01-05T10:00:00Z"));

    AltinnAuthentication cut(Path file) {
        AltinnAuthentication cut = new AltinnAuthentication(
                new AltinnState(file), id -> "https://confirm/" + id, Duration.ofHours(1), clock);
        if (!stateHasSystem(cut)) {
            cut.register(VENDOR, AltinnAuthenticationTest.system(SYSTEM));
        }
        return cut;
    }

    private static boolean stateHasSystem(AltinnAuthentication cut) {
        try {
            cut.system(VENDOR, SYSTEM);
            return true;
        } catch (AltinnRefusal notYet) {
            return false;
        }
    }

    String approvedAgent(AltinnAuthentication cut) {
        SystemUserRequest request = cut.agents()
                .request(VENDOR, SYSTEM, PROVIDER, null, List.of(PACKAGE), null)
                .request();
        return cut.agents().decide(request.id(), true).systemUserId();
    }

    @Test
    void anAgentRequestNeedsAccessPackagesRegisteredOnTheSystem() {
        AltinnAuthentication cut = cut(null);
        AltinnRefusal none = assertThrows(
                AltinnRefusal.class, () -> cut.agents().request(VENDOR, SYSTEM, PROVIDER, null, List.of(), null));
        assertEquals(400, none.status());
        assertEquals(
                400,
                assertThrows(
                                AltinnRefusal.class,
                                () -> cut.agents().request(VENDOR, SYSTEM, PROVIDER, null, List.of("urn:other"), null))
                        .status());
        assertEquals(
                403,
                assertThrows(
                                AltinnRefusal.class,
                                () -> cut.agents().request("123456789", SYSTEM, PROVIDER, null, List.of(PACKAGE), null))
                        .status());
    }

    @Test
    void anAgentRequestIsFoundAgainUntilApprovedAndThenRefusedAsExisting() {
        AltinnAuthentication cut = cut(null);
        var first = cut.agents().request(VENDOR, SYSTEM, PROVIDER, null, List.of(PACKAGE), "https://back");
        assertTrue(first.isNew());
        assertEquals(PROVIDER, first.request().externalRef(), "externalRef defaults to partyOrgNo");
        assertTrue(first.request().confirmUrl().endsWith("?kind=agent"));
        assertEquals("agent", first.request().toAgentJson().get("userType"));
        assertFalse(first.request().toAgentJson().containsKey("rights"));
        var again = cut.agents().request(VENDOR, SYSTEM, PROVIDER, null, List.of(PACKAGE), "https://back");
        assertFalse(again.isNew());
        assertEquals(first.request().id(), again.request().id());
        cut.agents().decide(first.request().id(), true);
        assertEquals(
                400,
                assertThrows(
                                AltinnRefusal.class,
                                () -> cut.agents().request(VENDOR, SYSTEM, PROVIDER, null, List.of(PACKAGE), null))
                        .status());
        assertEquals(
                SystemUserRequest.ACCEPTED,
                cut.agents().request(VENDOR, SYSTEM, PROVIDER, PROVIDER).status());
        assertEquals(
                404,
                assertThrows(
                                AltinnRefusal.class,
                                () -> cut.request(first.request().id()))
                        .status(),
                "an agent request is not a standard one");
    }

    @Test
    void aClientTokenIsApprovedOnlyWhileTheClientsDelegationExists() {
        AltinnAuthentication cut = cut(null);
        String agent = approvedAgent(cut);
        assertTrue(cut.approved("client-1", CLIENT, CLIENT).isEmpty(), "no delegation yet");
        assertEquals(
                agent,
                cut.approved("client-1", PROVIDER, PROVIDER).orElseThrow().systemUserId(),
                "the agent system user itself, for its owner");
        cut.agents().delegate(agent, CLIENT);
        var user = cut.approved("client-1", CLIENT, CLIENT).orElseThrow();
        assertEquals(agent, user.systemUserId());
        assertEquals(CLIENT, user.partyOrgno());
        assertEquals(SYSTEM, user.systemId());
        assertTrue(cut.approved("client-1", CLIENT, PROVIDER).isPresent(), "the agent's own externalRef");
        assertTrue(cut.approved("another-client", CLIENT, CLIENT).isEmpty(), "a system not listing the client");
        assertTrue(cut.approved("client-1", "310000002", "310000002").isEmpty(), "another organisation");
        assertEquals(
                List.of(CLIENT),
                cut.agents().clients(agent).stream()
                        .map(ClientDelegation::clientOrgNo)
                        .toList());
        cut.agents().remove(agent, CLIENT);
        assertTrue(cut.approved("client-1", CLIENT, CLIENT).isEmpty(), "the delegation was removed");
        assertEquals(
                404,
                assertThrows(AltinnRefusal.class, () -> cut.agents().remove(agent, CLIENT))
                        .status());
        assertEquals(
                404,
                assertThrows(AltinnRefusal.class, () -> cut.agents().clients("nobody"))
                        .status());
    }

    @Test
    void aClientIsNamedByItsPartyUuid() {
        AltinnAuthentication cut = cut(null);
        String agent = approvedAgent(cut);
        cut.agents().delegate(agent, CLIENT);
        String uuid = ClientDelegation.partyUuid(CLIENT);
        assertEquals(CLIENT, cut.agents().party(uuid));
        assertEquals(CLIENT, cut.agents().clientOrgNo(agent, uuid));
        assertEquals(
                400,
                assertThrows(AltinnRefusal.class, () -> cut.agents().party("not-a-party"))
                        .status());
    }

    @Test
    void agentsAndDelegationsSurviveARestart() {
        Path file = dir.resolve("altinn.json");
        AltinnAuthentication before = cut(file);
        String agent = approvedAgent(before);
        before.agents().delegate(agent, CLIENT);
        AltinnAuthentication after = cut(file);
        assertTrue(after.approved("client-1", CLIENT, CLIENT).isPresent());
    }
}
