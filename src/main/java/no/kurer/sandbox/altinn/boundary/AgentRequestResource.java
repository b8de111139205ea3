package no.kurer.sandbox.altinn.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import no.kurer.sandbox.altinn.control.AltinnAuthentication.Created;
import no.kurer.sandbox.boundary.SandboxResponses;

/**
 * Agent system user requests as docs/altinn-agent-system-users.md records them: {@code POST} with access packages
 * required (400 without), {@code GET} by id and by external reference. Approved on the confirm page
 * ({@code ?kind=agent}).
 */
@Path("/sandbox/altinn/authentication/api/v1/systemuser/request/vendor/agent")
@RequestScoped
public class AgentRequestResource {

    @Inject
    AltinnStandIn altinn;

    @HeaderParam("Authorization")
    String authorization;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(String body) {
        return altinn.answer(authorization, caller -> {
            caller.requireAnyScope(AltinnStandIn.REQUEST_WRITE);
            Map<String, Object> json = AltinnStandIn.object(body);
            Created created = altinn.authentication()
                    .agents()
                    .request(
                            caller.orgno(),
                            AltinnStandIn.text(json, "systemId"),
                            AltinnStandIn.text(json, "partyOrgNo"),
                            AltinnStandIn.text(json, "externalRef"),
                            AltinnStandIn.urns(json.get("accessPackages")),
                            AltinnStandIn.text(json, "redirectUrl"));
            if (!created.isNew()) {
                return SandboxResponses.json(200, created.request().toAgentJson());
            }
            return Response.fromResponse(
                            SandboxResponses.json(201, created.request().toAgentJson()))
                    .location(URI.create("agent/" + created.request().id()))
                    .build();
        });
    }

    @GET
    @Path("{requestId}")
    public Response request(@PathParam("requestId") String requestId, @HeaderParam("Accept") String ignored) {
        return altinn.answer(authorization, caller -> {
            caller.requireAnyScope(AltinnStandIn.REQUEST_READ, AltinnStandIn.REQUEST_WRITE);
            return SandboxResponses.json(
                    200,
                    altinn.authentication()
                            .agents()
                            .request(caller.orgno(), requestId)
                            .toAgentJson());
        });
    }

    @GET
    @Path("byexternalref/{systemId}/{orgNo}/{externalRef}")
    public Response byExternalRef(
            @PathParam("systemId") String systemId,
            @PathParam("orgNo") String orgNo,
            @PathParam("externalRef") String externalRef) {
        return altinn.answer(authorization, caller -> {
            caller.requireAnyScope(AltinnStandIn.REQUEST_READ, AltinnStandIn.REQUEST_WRITE);
            return SandboxResponses.json(
                    200,
                    altinn.authentication()
                            .agents()
                            .request(caller.orgno(), systemId, orgNo, externalRef)
                            .toAgentJson());
        });
    }
}
