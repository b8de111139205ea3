package no.kurer.sandbox.broker.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;
import no.kurer.sandbox.boundary.SandboxResponses;
import no.kurer.sandbox.broker.control.BrokerRefusal;
import no.kurer.sandbox.broker.control.FileTransfers;

/**
 * A resource's settings as Altinn's {@code PUT /broker/api/v1/resource/{resourceId}} takes them
 * ({@code maxFileTransferSize}, {@code fileTransferTimeToLive}, {@code purgeFileTransferAfterAllRecipientsConfirmed},
 * {@code purgeFileTransferGracePeriod}); for tests, so without a service owner token, and kept in memory.
 */
@Path("/sandbox/altinn/broker/resources/{resourceId}")
@RequestScoped
public class BrokerSettingsResource {

    @Inject
    FileTransfers transfers;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @SuppressWarnings("unchecked")
    public Response configure(@PathParam("resourceId") String resourceId, String body) {
        try {
            Map<String, Object> changes = SandboxResponses.JSON.readValue(body, Map.class);
            return SandboxResponses.json(
                    200, transfers.resources().configure(resourceId, changes).describe());
        } catch (IOException e) {
            return SandboxResponses.problem(400, "sandbox-broker", "Bad Request", "The body is not JSON");
        } catch (BrokerRefusal refusal) {
            return SandboxResponses.problem(refusal.status(), "sandbox-broker", refusal.title(), refusal.getMessage());
        }
    }

    @GET
    public Response resource(@PathParam("resourceId") String resourceId) {
        return SandboxResponses.json(200, transfers.resources().of(resourceId).describe());
    }
}
