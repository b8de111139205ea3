package no.kurer.sandbox.altinn.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kurer.sandbox.altinn.control.AgentSystemUsers;
import no.kurer.sandbox.altinn.control.AltinnRefusal;
import no.kurer.sandbox.altinn.control.Caller;
import no.kurer.sandbox.altinn.control.ClientPage;
import no.kurer.sandbox.altinn.entity.ClientDelegation;
import no.kurer.sandbox.altinn.entity.SystemUserRequest;
import no.kurer.sandbox.boundary.SandboxResponses;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client delegation API ({@code altinn:clientdelegations.read}/{@code .write}): {@code GET clients?agent=} lists
 * the agent system user's clients in pages ({@link ClientPage}: {@code page}, {@code pageSize}; {@code links.next} is
 * this address with the following page, null on the last), {@code POST}/{@code DELETE clients?agent=&client=}
 * (client: the party UUID) delegate and remove one. The caller must be the agent system user's owner (the service
 * provider) or its system's vendor.
 */
@Path("/sandbox/altinn/authentication/api/v1/enduser/systemuser/clients")
@RequestScoped
public class ClientDelegationResource {

    @Inject
    AltinnStandIn altinn;

    @HeaderParam("Authorization")
    String authorization;

    @Context
    UriInfo uri;

    /** How many clients a page holds when the query names no {@code pageSize} (a test sets 1 to see Kurer page). */
    @Inject
    @ConfigProperty(name = "sandbox.altinn.clients-page-size", defaultValue = "1000")
    int defaultPageSize;

    @GET
    public Response clients(
            @QueryParam("agent") String agent,
            @QueryParam("page") String page,
            @QueryParam("pageSize") String pageSize) {
        return altinn.answer(authorization, caller -> {
            caller.requireAnyScope(AltinnStandIn.CLIENTS_READ, AltinnStandIn.CLIENTS_WRITE);
            SystemUserRequest owner = owned(caller, agent);
            ClientPage listed = ClientPage.of(agents().clients(agent), page, pageSize, defaultPageSize);
            Map<String, Object> links = new LinkedHashMap<>();
            links.put("next", listed.nextLink(uri.getRequestUri()));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("links", links);
            json.put(
                    "data",
                    listed.clients().stream().map(ClientDelegation::toJson).toList());
            json.put("systemUserInformation", Map.of("systemUserId", agent, "systemUserOwnerOrg", owner.partyOrgNo()));
            return SandboxResponses.json(200, json);
        });
    }

    @POST
    public Response delegate(@QueryParam("agent") String agent, @QueryParam("client") String client) {
        return altinn.answer(authorization, caller -> {
            caller.requireAnyScope(AltinnStandIn.CLIENTS_WRITE);
            owned(caller, agent);
            String orgno = agents().party(client);
            agents().delegate(agent, orgno);
            return SandboxResponses.json(200, Map.of("agent", agent, "client", client));
        });
    }

    @DELETE
    public Response remove(@QueryParam("agent") String agent, @QueryParam("client") String client) {
        return altinn.answer(authorization, caller -> {
            caller.requireAnyScope(AltinnStandIn.CLIENTS_WRITE);
            owned(caller, agent);
            String orgno = agents().clientOrgNo(agent, client);
            if (orgno == null) {
                throw AltinnRefusal.notFound("The client " + client + " has not delegated to " + agent);
            }
            agents().remove(agent, orgno);
            return SandboxResponses.json(200, List.of(Map.of("agent", agent, "client", client)));
        });
    }

    private AgentSystemUsers agents() {
        return altinn.authentication().agents();
    }

    private SystemUserRequest owned(Caller caller, String agent) {
        if (agent == null || agent.isBlank()) {
            throw AltinnRefusal.badRequest(null, "The query parameter agent is required");
        }
        SystemUserRequest user = agents().agent(agent);
        if (!caller.orgno().equals(user.partyOrgNo())
                && !caller.orgno().equals(user.systemId().split("_", 2)[0])) {
            throw AltinnRefusal.forbidden("The agent system user " + agent + " belongs to another organisation");
        }
        return user;
    }
}
