package no.kurer.sandbox.registry.boundary;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.kurer.sandbox.boundary.SandboxResponses;
import no.kurer.sandbox.c3.control.C3Refusal;
import no.kurer.sandbox.c3.control.InvalidToken;

/**
 * Digdir's service registry as an integration point calls it ({@code GET /identifier/{id}/process/{process}},
 * {@code Accept: application/jose} for a signed answer), its JWKS, and the test controls of its faults.
 */
@Path("/sandbox/serviceregistry")
@RequestScoped
public class ServiceRegistryResource {

    static final String JOSE = "application/jose";

    @Inject
    ServiceRegistry registry;

    @GET
    @Path("identifier/{identifier}/process/{process}")
    public Response identifier(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @PathParam("identifier") String identifier,
            @PathParam("process") String process,
            @QueryParam("securityLevel") Integer securityLevel) {
        return answer(authorization, accept, identifier, process);
    }

    @GET
    @Path("identifier/{identifier}")
    public Response identifier(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @PathParam("identifier") String identifier) {
        return answer(authorization, accept, identifier, null);
    }

    @GET
    @Path("jwk")
    public Response jwk() {
        return Response.ok(registry.signer().publicJwks(), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    /** {@code {"down":bool,"tampered":bool}}. */
    @POST
    @Path("faults")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response faults(String body) {
        try {
            FaultRequest request = body == null || body.isBlank()
                    ? new FaultRequest(false, false)
                    : SandboxResponses.JSON.readValue(body, FaultRequest.class);
            registry.faults().set(request.down(), request.tampered());
        } catch (JsonProcessingException e) {
            return SandboxResponses.problem(
                    400,
                    "sandbox-invalid-request",
                    "Bad Request",
                    "The body must be {\"down\":true|false,\"tampered\":true|false}.");
        }
        return faultState();
    }

    @GET
    @Path("faults")
    public Response faultState() {
        return SandboxResponses.json(
                200,
                new FaultRequest(registry.faults().down(), registry.faults().tampered()));
    }

    @DELETE
    @Path("faults")
    public Response resetFaults() {
        registry.faults().set(false, false);
        return faultState();
    }

    private Response answer(String authorization, String accept, String identifier, String process) {
        if (registry.faults().down()) {
            return error(503, "service_unavailable", "The sandbox service registry is down (a test fault).");
        }
        try {
            registry.tokens().verify(authorization);
        } catch (C3Refusal refused) {
            Response response = error(
                    refused.status(),
                    refused instanceof InvalidToken ? "invalid_token" : "insufficient_scope",
                    refused.detail());
            return Response.fromResponse(response)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .build();
        }
        var found = registry.records().identifier(identifier, process);
        if (found.isEmpty()) {
            return error(404, "not_found", "No entity with identifier " + identifier + ".");
        }
        String json = SandboxResponses.write(found.get());
        if (accept != null && accept.contains(JOSE)) {
            return Response.ok(registry.signer().sign(json, registry.faults().tampered()), JOSE)
                    .build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Errors are unsigned {@code {"error_code","error_description"}}, as the registry answers them. */
    private static Response error(int status, String code, String description) {
        return SandboxResponses.json(status, new ErrorBody(code, description));
    }

    record FaultRequest(boolean down, boolean tampered) {}

    record ErrorBody(String error_code, String error_description) {}
}
