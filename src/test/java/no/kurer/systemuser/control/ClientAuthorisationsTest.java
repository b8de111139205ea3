package no.kurer.systemuser.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.kurer.organisation.entity.Organisation;
import no.kurer.organisation.entity.Organisation.Access;
import no.kurer.systemuser.control.ClientAuthorisations.Change;
import no.kurer.systemuser.control.SystemUserApi.Client;
import no.kurer.systemuser.control.SystemUserApi.DelegatedClients;
import org.junit.jupiter.api.Test;

class ClientAuthorisationsTest {

    static final String AGENT = "0b1e7c1a-agent";

    final Organisation delegated = client("310000001");
    final Organisation withdrawn = client("310000002");

    @Test
    void aClientMissingFromAltinnsListIsNoLongerAuthorisedAndSaysWhy() {
        List<Change> changes =
                ClientAuthorisations.changes(AGENT, listed(true, "310000001"), List.of(delegated, withdrawn));

        assertEquals(1, changes.size(), changes.toString());
        Change change = changes.get(0);
        assertEquals("310000002", change.orgno());
        assertFalse(change.authorised());
        assertTrue(
                change.note().contains("client delegation to agent system user " + AGENT + " was removed in Altinn"),
                change.note());
    }

    @Test
    void aClientListedAgainIsAuthorisedAgain() {
        withdrawn.authorised(false, "removed");

        List<Change> changes = ClientAuthorisations.changes(
                AGENT, listed(true, "310000001", "310000002"), List.of(delegated, withdrawn));

        assertEquals(List.of("310000002"), changes.stream().map(Change::orgno).toList());
        assertTrue(changes.get(0).authorised());
        assertTrue(changes.get(0).note().contains("again"), changes.get(0).note());
    }

    @Test
    void aListWithMorePagesRemovesNobodyButStillAuthorisesWhomItNames() {
        delegated.authorised(false, "removed");

        List<Change> changes =
                ClientAuthorisations.changes(AGENT, listed(false, "310000001"), List.of(delegated, withdrawn));

        assertEquals(List.of("310000001"), changes.stream().map(Change::orgno).toList());
        assertTrue(changes.get(0).authorised());
    }

    @Test
    void nothingChangesWhenTheFlagsAlreadyAgree() {
        assertEquals(List.of(), ClientAuthorisations.changes(AGENT, listed(true, "310000001"), List.of(delegated)));
    }

    static DelegatedClients listed(boolean complete, String... orgnos) {
        return new DelegatedClients(
                List.of(orgnos).stream().map(o -> new Client(o, "Client " + o)).toList(),
                complete
                        ? null
                        : "https://platform.tt02.altinn.no/authentication/api/v1/enduser/systemuser/clients?page=2");
    }

    static Organisation client(String orgno) {
        return new Organisation(orgno, "Client " + orgno, Access.AGENT_CLIENT, 7L, List.of());
    }
}
