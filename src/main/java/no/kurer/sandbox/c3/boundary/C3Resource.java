package no.kurer.sandbox.c3.boundary;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import no.kurer.sandbox.boundary.SandboxResponses;
import no.kurer.sandbox.c3.control.C3Refusal;
import no.kurer.sandbox.c3.control.InvalidToken;

@Path("/sandbox/c3")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, SandboxResponses.PROBLEM_JSON})
public class C3Resource {

    @Inject
    Corner3 corner3;

    @POST
    @Path("sendmelding/{meldingsid}")
    @Consumes("application/jwt")
    public Response forretningsmelding(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("meldingsid") String meldingsid,
            String jwt) {
        try {
            return SandboxResponses.json(
                    200, corner3.receiver().post(authorization, meldingsid, jwt).toJson());
        } catch (C3Refusal refused) {
            return problem(refused);
        }
    }

    @PUT
    @Path("sendmelding/{meldingsid}")
    @Consumes({"application/cms", "application/vnd.etsi.asic-e+zip", MediaType.APPLICATION_OCTET_STREAM})
    public Response dokumentpakke(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("meldingsid") String meldingsid,
            InputStream dokumentpakke) {
        try {
            return SandboxResponses.json(
                    200,
                    corner3.receiver()
                            .put(authorization, meldingsid, dokumentpakke)
                            .toJson());
        } catch (C3Refusal refused) {
            return problem(refused);
        }
    }

    /** Every message received, oldest first, with its POST/PUT counts and the receipts sent back. */
    @GET
    @Path("received")
    public Response received() {
        return SandboxResponses.json(
                200, corner3.receiver().received().stream().map(r -> r.toJson()).toList());
    }

    /** {@code {"refuseFirst":N,"delayMillis":M}}: refuse the next N new messages, delay every receiving call. */
    @POST
    @Path("faults")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response faults(String body) {
        FaultRequest request;
        try {
            request = body == null || body.isBlank()
                    ? new FaultRequest(0, 0)
                    : SandboxResponses.JSON.readValue(body, FaultRequest.class);
            corner3.faults().set(request.refuseFirst(), request.delayMillis());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return SandboxResponses.problem(
                    400,
                    "sandbox-invalid-request",
                    "Bad Request",
                    "The body must be {\"refuseFirst\":N,\"delayMillis\":M} with N, M ≥ 0.");
        }
        return faultState();
    }

    @GET
    @Path("faults")
    public Response faultState() {
        var faults = corner3.faults();
        return SandboxResponses.json(200, new FaultRequest(faults.refusalsLeft(), faults.delayMillis()));
    }

    @DELETE
    @Path("faults")
    public Response resetFaults() {
        corner3.faults().reset();
        return faultState();
    }

    private static Response problem(C3Refusal refused) {
        Response response =
                SandboxResponses.problem(refused.status(), refused.slug(), refused.title(), refused.detail());
        if (refused instanceof InvalidToken) {
            return Response.fromResponse(response)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                    .build();
        }
        return response;
    }

    record FaultRequest(int refuseFirst, long delayMillis) {}
}
