package no.kurer.sandbox.altinn.control;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import no.kurer.sandbox.altinn.entity.ClientDelegation;
import no.kurer.sandbox.altinn.entity.RegisteredSystem;
import no.kurer.sandbox.altinn.entity.SystemUserRequest;
import no.kurer.sandbox.maskinporten.control.SystemUserApprovals.ApprovedSystemUser;

/**
 * Agent system users, with Altinn's rules: a service provider ({@code partyOrgNo}) approves a vendor's agent request,
 * which must name at least one access package registered on the system; its clients then delegate to the agent
 * system user and may withdraw again. A system user token for a client is issued only while its delegation exists.
 * Serialised on the lock {@link AltinnAuthentication} passes (one lock for all: this is a sandbox).
 */
public class AgentSystemUsers {

    private final AltinnState state;
    private final Object lock;
    private final Function<String, String> confirmUrl;
    private final Clock clock;

    AgentSystemUsers(AltinnState state, Object lock, Function<String, String> confirmUrl, Clock clock) {
        this.state = state;
        this.lock = lock;
        this.confirmUrl = confirmUrl;
        this.clock = clock;
    }

    /** {@code POST /systemuser/request/vendor/agent}: the request, and whether it was created now (201) or found. */
    public AltinnAuthentication.Created request(
            String callerOrgno,
            String systemId,
            String partyOrgNo,
            String externalRef,
            List<String> packages,
            String redirectUrl) {
        synchronized (lock) {
            if (partyOrgNo == null
                    || !AltinnAuthentication.ORGNO.matcher(partyOrgNo).matches()) {
                throw AltinnRefusal.badRequest(
                        "AUTH.VLD-00010", "partyOrgNo must be an organisation number: " + partyOrgNo);
            }
            if (packages.isEmpty()) {
                throw AltinnRefusal.badRequest(
                        "AUTH.VLD-00011", "An agent system user request must name at least one access package");
            }
            RegisteredSystem system = state.owned(callerOrgno, systemId);
            for (String each : packages) {
                if (!system.accessPackages().contains(each)) {
                    throw AltinnRefusal.badRequest(
                            "AUTH.VLD-00008",
                            "The access package " + each + " is not registered on the system " + systemId);
                }
            }
            String ref = externalRef == null || externalRef.isBlank() ? partyOrgNo : externalRef;
            Optional<SystemUserRequest> existing = state.agentRequests.stream()
                    .filter(r -> r.sameAs(systemId, partyOrgNo, ref))
                    .filter(r -> !r.status().equals(SystemUserRequest.REJECTED)
                            && !r.status().equals(SystemUserRequest.TIMEDOUT))
                    .reduce((first, second) -> second);
            if (existing.isPresent()) {
                if (existing.get().status().equals(SystemUserRequest.ACCEPTED)) {
                    throw AltinnRefusal.badRequest("SystemUser_AlreadyExists", "The agent system user already exists");
                }
                return new AltinnAuthentication.Created(existing.get(), false);
            }
            String id = UUID.randomUUID().toString();
            SystemUserRequest created = new SystemUserRequest(
                    id,
                    ref,
                    systemId,
                    partyOrgNo,
                    packages,
                    SystemUserRequest.NEW,
                    redirectUrl,
                    confirmUrl.apply(id),
                    clock.instant().toString(),
                    null);
            state.agentRequests.add(created);
            state.save();
            return new AltinnAuthentication.Created(created, true);
        }
    }

    /** {@code GET /systemuser/request/vendor/agent/{id}}, as the vendor that made it sees it. */
    public SystemUserRequest request(String callerOrgno, String id) {
        synchronized (lock) {
            SystemUserRequest request = request(id);
            state.owned(callerOrgno, request.systemId());
            return request;
        }
    }

    /** {@code GET /systemuser/request/vendor/agent/byexternalref/{systemId}/{orgNo}/{externalRef}}. */
    public SystemUserRequest request(String callerOrgno, String systemId, String partyOrgNo, String externalRef) {
        synchronized (lock) {
            state.owned(callerOrgno, systemId);
            return state.agentRequests.stream()
                    .filter(r -> r.sameAs(systemId, partyOrgNo, externalRef))
                    .reduce((first, second) -> second)
                    .orElseThrow(() -> AltinnRefusal.notFound(
                            "No agent request for " + systemId + "/" + partyOrgNo + "/" + externalRef));
        }
    }

    /** For the confirm page: anyone holding the link may see it. */
    public SystemUserRequest request(String id) {
        synchronized (lock) {
            return state.agentRequests.stream()
                    .filter(r -> r.id().equals(id))
                    .findFirst()
                    .orElseThrow(() -> AltinnRefusal.notFound("No agent system user request " + id));
        }
    }

    /** The service provider's manager clicked Approve or Reject. */
    public SystemUserRequest decide(String id, boolean approve) {
        synchronized (lock) {
            SystemUserRequest request = request(id);
            if (!request.status().equals(SystemUserRequest.NEW)) {
                throw AltinnRefusal.badRequest("AUTH.VLD-00020", "The request is already " + request.status());
            }
            SystemUserRequest decided = approve
                    ? request.withStatus(
                            SystemUserRequest.ACCEPTED, UUID.randomUUID().toString())
                    : request.withStatus(SystemUserRequest.REJECTED, null);
            state.agentRequests.set(state.agentRequests.indexOf(request), decided);
            state.save();
            return decided;
        }
    }

    /** The approved agent system user with this id, or 404 as Altinn answers an unknown {@code agent}. */
    public SystemUserRequest agent(String systemUserId) {
        synchronized (lock) {
            return state.agentRequests.stream()
                    .filter(r -> systemUserId.equals(r.systemUserId()))
                    .findFirst()
                    .orElseThrow(() -> AltinnRefusal.notFound("No agent system user " + systemUserId));
        }
    }

    /** {@code GET /enduser/systemuser/agents?party=}: the organisation's approved agent system users. */
    public List<SystemUserRequest> agentsOf(String partyOrgNo) {
        synchronized (lock) {
            return state.agentRequests.stream()
                    .filter(r -> r.status().equals(SystemUserRequest.ACCEPTED)
                            && r.partyOrgNo().equals(partyOrgNo))
                    .toList();
        }
    }

    /** The client delegates to the agent system user (again: nothing changes). */
    public ClientDelegation delegate(String systemUserId, String clientOrgNo) {
        synchronized (lock) {
            agent(systemUserId);
            if (clientOrgNo == null
                    || !AltinnAuthentication.ORGNO.matcher(clientOrgNo).matches()) {
                throw AltinnRefusal.badRequest(
                        "AUTH.VLD-00010", "The client must be an organisation number: " + clientOrgNo);
            }
            Optional<ClientDelegation> existing = delegation(systemUserId, clientOrgNo);
            if (existing.isPresent()) {
                return existing.get();
            }
            ClientDelegation created = new ClientDelegation(
                    systemUserId, clientOrgNo, clock.instant().toString());
            state.delegations.add(created);
            state.save();
            return created;
        }
    }

    /** The client's delegation is removed; 404 if there was none. */
    public ClientDelegation remove(String systemUserId, String clientOrgNo) {
        synchronized (lock) {
            agent(systemUserId);
            ClientDelegation existing = delegation(systemUserId, clientOrgNo)
                    .orElseThrow(() -> AltinnRefusal.notFound(
                            "The client " + clientOrgNo + " has not delegated to " + systemUserId));
            state.delegations.remove(existing);
            state.save();
            return existing;
        }
    }

    /** The organisation number of the party with this sandbox UUID among the agent's clients. */
    public String clientOrgNo(String systemUserId, String clientUuid) {
        synchronized (lock) {
            return clients(systemUserId).stream()
                    .filter(d -> d.clientId().equals(clientUuid))
                    .map(ClientDelegation::clientOrgNo)
                    .findFirst()
                    .orElse(null);
        }
    }

    /** The organisation behind {@code client}, as {@link ClientParties#orgno} finds it. */
    public String party(String client) {
        synchronized (lock) {
            return ClientParties.orgno(state, client);
        }
    }

    public List<ClientDelegation> clients(String systemUserId) {
        synchronized (lock) {
            agent(systemUserId);
            return state.delegations.stream()
                    .filter(d -> d.agentSystemUserId().equals(systemUserId))
                    .toList();
        }
    }

    /**
     * What Maskinporten asks for a client: an approved agent system user of a system listing {@code clientId} that
     * {@code clientOrgNo} delegated to, with {@code externalRef} the agent's own or the default (the client's orgno);
     * or the agent system user itself, asked for with its owner's orgno and externalRef, as Altinn's Maskinporten
     * look-up ({@code systemuser/byExternalId}) finds it (docs/altinn-agent-system-users.md, section 4).
     */
    Optional<ApprovedSystemUser> forClient(String clientId, String clientOrgNo, String externalRef) {
        return state.agentRequests.stream()
                .filter(r -> r.status().equals(SystemUserRequest.ACCEPTED))
                .filter(r -> externalRef.equals(clientOrgNo) || externalRef.equals(r.externalRef()))
                .filter(r -> state.system(r.systemId())
                        .map(s -> s.clientIds().contains(clientId))
                        .orElse(false))
                .filter(r -> delegation(r.systemUserId(), clientOrgNo).isPresent()
                        || (r.partyOrgNo().equals(clientOrgNo)
                                && r.externalRef().equals(externalRef)))
                .reduce((first, second) -> second)
                .map(r -> new ApprovedSystemUser(r.systemUserId(), r.systemId(), clientOrgNo));
    }

    private Optional<ClientDelegation> delegation(String systemUserId, String clientOrgNo) {
        return state.delegations.stream()
                .filter(d -> d.agentSystemUserId().equals(systemUserId)
                        && d.clientOrgNo().equals(clientOrgNo))
                .findFirst();
    }
}
