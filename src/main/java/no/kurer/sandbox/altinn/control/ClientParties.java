package no.kurer.sandbox.altinn.control;

import java.util.stream.Stream;
import no.kurer.sandbox.altinn.entity.ClientDelegation;
import no.kurer.sandbox.altinn.entity.SystemUserRequest;

/** Altinn names a client by its party UUID; the sandbox knows the organisations it has seen in requests. */
final class ClientParties {

    private ClientParties() {}

    /**
     * The organisation behind {@code client}: a party UUID of an organisation the sandbox has seen (in a request or a
     * delegation), or, as a sandbox convenience, an organisation number itself; 400 otherwise.
     */
    static String orgno(AltinnState state, String client) {
        if (client != null && AltinnAuthentication.ORGNO.matcher(client).matches()) {
            return client;
        }
        return Stream.of(
                        state.requests.stream().map(SystemUserRequest::partyOrgNo),
                        state.agentRequests.stream().map(SystemUserRequest::partyOrgNo),
                        state.delegations.stream().map(ClientDelegation::clientOrgNo))
                .flatMap(s -> s)
                .filter(orgno -> ClientDelegation.partyUuid(orgno).equals(client))
                .findFirst()
                .orElseThrow(() ->
                        AltinnRefusal.badRequest("AUTH.VLD-00012", "The client " + client + " is not a known party"));
    }
}
