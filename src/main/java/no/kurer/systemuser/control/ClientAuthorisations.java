package no.kurer.systemuser.control;

import java.util.ArrayList;
import java.util.List;
import no.kurer.organisation.entity.Organisation;
import no.kurer.systemuser.control.SystemUserApi.DelegatedClients;

/**
 * Which added clients of an agent system user change their {@code authorised} flag after Altinn listed the agent's
 * delegated clients: a client missing from the list is no longer authorised, a listed one is authorised again. A list
 * Altinn said has more pages than Kurer read removes nobody (absent from it proves nothing).
 */
final class ClientAuthorisations {

    /** One flag to set, with the note the organisation shows. */
    record Change(String orgno, boolean authorised, String note) {}

    private ClientAuthorisations() {}

    static List<Change> changes(String agentSystemUserId, DelegatedClients listed, List<Organisation> clients) {
        List<Change> changes = new ArrayList<>();
        for (Organisation client : clients) {
            boolean delegated = listed.contains(client.orgno());
            if (delegated == client.authorised() || (!delegated && !listed.complete())) {
                continue;
            }
            changes.add(
                    delegated
                            ? new Change(
                                    client.orgno(),
                                    true,
                                    "The client delegated to agent system user " + agentSystemUserId
                                            + " again in Altinn")
                            : new Change(
                                    client.orgno(),
                                    false,
                                    "The client delegation to agent system user " + agentSystemUserId
                                            + " was removed in Altinn; Kurer no longer acts for it"));
        }
        return changes;
    }
}
