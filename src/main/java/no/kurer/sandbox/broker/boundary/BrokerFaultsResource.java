package no.kurer.sandbox.broker.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;
import no.kurer.sandbox.boundary.SandboxResponses;
import no.kurer.sandbox.broker.control.BrokerFaults;

/** For tests: the sandbox broker's fault modes and what they observed ({@link BrokerFaults}). */
@Path("/sandbox/altinn/broker/faults")
@RequestScoped
public class BrokerFaultsResource {

    @Inject
    SandboxBroker broker;

    @GET
    public Response faults() {
        return SandboxResponses.json(200, broker.faults().describe());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @SuppressWarnings("unchecked")
    public Response faults(String body) {
        try {
            broker.faults().set(SandboxResponses.JSON.readValue(body, Map.class));
        } catch (IOException e) {
            return SandboxResponses.problem(400, "sandbox-broker-faults", "Bad Request", "The body is not JSON");
        }
        return faults();
    }
}
