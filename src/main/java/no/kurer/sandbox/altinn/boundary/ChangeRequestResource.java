package no.kurer.sandbox.altinn.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import no.kurer.sandbox.altinn.control.ChangeRequests.Created;
import no.kurer.sandbox.boundary.SandboxResponses;

/**
 * Change requests for a standard system user:
 * {@code POST /systemuser/changerequest/vendor?correlation-id=&system-user-id=} with
 * {@code requiredAccessPackages}/{@code unwantedAccessPackages}, and {@code GET …/vendor/{id}}. Approved on the
 * confirm page ({@code ?kind=change}).
 */
@Path("/sandbox/altinn/authentication/api/v1/systemuser/changerequest/vendor")
@RequestScoped
public class ChangeRequestResource {

    @Inject
    AltinnStandIn altinn;

    @HeaderParam("Authorization")
    String authorization;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(
            @QueryParam("correlation-id") String correlationId,
            @QueryParam("system-user-id") String systemUserId,
            String body) {
        return altinn.answer(authorization, caller -> {
            caller.requireAnyScope(AltinnStandIn.REQUEST_WRITE);
            Map<String, Object> json = AltinnStandIn.object(body);
            Created created = altinn.authentication()
                    .changes()
                    .create(
                            caller.orgno(),
                            correlationId,
                            systemUserId,
                            AltinnStandIn.urns(json.get("requiredAccessPackages")),
                            AltinnStandIn.urns(json.get("unwantedAccessPackages")),
                            AltinnStandIn.text(json, "redirectUrl"));
            if (!created.isNew()) {
                return SandboxResponses.json(200, created.request().toJson());
            }
            return Response.fromResponse(
                            SandboxResponses.json(201, created.request().toJson()))
                    .location(URI.create("vendor/" + created.request().id()))
                    .build();
        });
    }

    @GET
    @Path("{requestId}")
    public Response request(@PathParam("requestId") String requestId) {
        return altinn.answer(authorization, caller -> {
            caller.requireAnyScope(AltinnStandIn.REQUEST_READ, AltinnStandIn.REQUEST_WRITE);
            return SandboxResponses.json(
                    200,
                    altinn.authentication()
                            .changes()
                            .request(caller.orgno(), requestId)
                            .toJson());
        });
    }
}
