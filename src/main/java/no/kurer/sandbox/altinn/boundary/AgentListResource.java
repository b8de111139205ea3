package no.kurer.sandbox.altinn.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import no.kurer.sandbox.altinn.control.AltinnRefusal;
import no.kurer.sandbox.altinn.entity.SystemUserRequest;
import no.kurer.sandbox.boundary.SandboxResponses;

/**
 * {@code GET /enduser/systemuser/agents?party=<orgno>} ({@code altinn:clientdelegations.read}): the organisation's
 * approved agent system users, whose {@code id} the client delegation API takes as {@code agent}. Only the
 * organisation itself may list them.
 */
@Path("/sandbox/altinn/authentication/api/v1/enduser/systemuser/agents")
@RequestScoped
public class AgentListResource {

    @Inject
    AltinnStandIn altinn;

    @HeaderParam("Authorization")
    String authorization;

    @GET
    public Response agents(@QueryParam("party") String party) {
        return altinn.answer(authorization, caller -> {
            caller.requireAnyScope(AltinnStandIn.CLIENTS_READ, AltinnStandIn.CLIENTS_WRITE);
            if (!caller.orgno().equals(party)) {
                throw AltinnRefusal.forbidden("Only " + party + " may list its agent system users");
            }
            return SandboxResponses.json(
                    200,
                    altinn.authentication().agents().agentsOf(party).stream()
                            .map(SystemUserRequest::toAgentSystemUserJson)
                            .toList());
        });
    }
}
