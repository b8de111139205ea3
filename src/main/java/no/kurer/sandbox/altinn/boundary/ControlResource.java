package no.kurer.sandbox.altinn.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import no.kurer.sandbox.altinn.control.AltinnRefusal;
import no.kurer.sandbox.boundary.SandboxResponses;

/**
 * Test controls of the Altinn stand-in: {@code POST /sandbox/altinn/faults {"failNext":3,"status":503}} makes the
 * next calls fail, {@code DELETE} ends it; {@code POST /sandbox/altinn/requests/{id}/timeout} times a request out now;
 * {@code POST}/{@code DELETE /sandbox/altinn/agents/{systemUserId}/clients/{orgno}}: the client organisation delegates
 * to the agent system user, or removes its delegation, as its manager would in Altinn.
 */
@Path("/sandbox/altinn")
@RequestScoped
public class ControlResource {

    @Inject
    AltinnStandIn altinn;

    @POST
    @Path("faults")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response faults(String body) {
        try {
            Map<String, Object> json = AltinnStandIn.object(body);
            int count = json.get("failNext") instanceof Number n ? n.intValue() : 1;
            int status = json.get("status") instanceof Number n ? n.intValue() : 503;
            altinn.faults().failNext(count, status);
            return SandboxResponses.json(200, Map.of("failNext", count, "status", status));
        } catch (AltinnRefusal | IllegalArgumentException e) {
            return SandboxResponses.problem(400, "sandbox-bad-request", "Bad Request", e.getMessage());
        }
    }

    @DELETE
    @Path("faults")
    public Response clear() {
        altinn.faults().clear();
        return Response.noContent().build();
    }

    @POST
    @Path("agents/{systemUserId}/clients/{orgno}")
    public Response delegate(@PathParam("systemUserId") String systemUserId, @PathParam("orgno") String orgno) {
        try {
            return SandboxResponses.json(
                    200,
                    altinn.authentication()
                            .agents()
                            .delegate(systemUserId, orgno)
                            .toJson());
        } catch (AltinnRefusal refusal) {
            return SandboxResponses.json(refusal.status(), refusal.problem());
        }
    }

    @DELETE
    @Path("agents/{systemUserId}/clients/{orgno}")
    public Response remove(@PathParam("systemUserId") String systemUserId, @PathParam("orgno") String orgno) {
        try {
            altinn.authentication().agents().remove(systemUserId, orgno);
            return Response.noContent().build();
        } catch (AltinnRefusal refusal) {
            return SandboxResponses.json(refusal.status(), refusal.problem());
        }
    }

    @POST
    @Path("requests/{requestId}/timeout")
    public Response timeOut(@PathParam("requestId") String requestId) {
        try {
            return SandboxResponses.json(
                    200, altinn.authentication().timeOut(requestId).toJson());
        } catch (AltinnRefusal refusal) {
            return SandboxResponses.json(refusal.status(), refusal.problem());
        }
    }
}
