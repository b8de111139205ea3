package no.kurer.sandbox.altinn.boundary;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import no.kurer.sandbox.altinn.control.AltinnAuthentication.Created;
import no.kurer.sandbox.boundary.SandboxResponses;

/** Altinn Authentication's API as PROTOCOLS.md describes it: token exchange, system register, system user requests. */
@Path("/sandbox/altinn/authentication/api/v1")
@RequestScoped
public class AuthenticationResource {

    @Inject
    AltinnStandIn altinn;

    @HeaderParam("Authorization")
    String authorization;

    @GET
    @Path("exchange/maskinporten")
    public Response exchange() {
        return altinn.answer(
                authorization,
                caller -> Response.ok(altinn.exchange().exchange(caller), MediaType.TEXT_PLAIN_TYPE)
                        .build());
    }

    @POST
    @Path("systemregister/vendor")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(String body) {
        return altinn.answer(authorization, caller -> {
            caller.requireAnyScope(AltinnStandIn.SYSTEMREGISTER_WRITE);
            String guid = altinn.authentication().register(caller.orgno(), AltinnStandIn.object(body));
            return SandboxResponses.json(200, guid);
        });
    }

    @GET
    @Path("systemregister/vendor/{systemId}")
    public Response system(@PathParam("systemId") String systemId) {
        return altinn.answer(authorization, caller -> {
            caller.requireAnyScope(AltinnStandIn.SYSTEMREGISTER_WRITE);
            return SandboxResponses.json(
                    200,
                    altinn.authentication().system(caller.orgno(), systemId).document());
        });
    }

    @PUT
    @Path("systemregister/vendor/{systemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("systemId") String systemId, String body) {
        return altinn.answer(authorization, caller -> {
            caller.requireAnyScope(AltinnStandIn.SYSTEMREGISTER_WRITE);
            altinn.authentication().update(caller.orgno(), systemId, AltinnStandIn.object(body));
            return SandboxResponses.json(200, Map.of("succeeded", true));
        });
    }

    @PUT
    @Path("systemregister/vendor/{systemId}/accesspackages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response accessPackages(@PathParam("systemId") String systemId, String body) {
        return altinn.answer(authorization, caller -> {
            caller.requireAnyScope(AltinnStandIn.SYSTEMREGISTER_WRITE);
            List<Map<String, Object>> packages = AltinnStandIn.read(body, new TypeReference<>() {});
            altinn.authentication()
                    .accessPackages(
                            caller.orgno(),
                            systemId,
                            packages.stream()
                                    .map(p -> String.valueOf(p.get("urn")))
                                    .toList());
            return SandboxResponses.json(200, Map.of("succeeded", true));
        });
    }

    @POST
    @Path("systemuser/request/vendor")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(String body) {
        return altinn.answer(authorization, caller -> {
            caller.requireAnyScope(AltinnStandIn.REQUEST_WRITE);
            Map<String, Object> json = AltinnStandIn.object(body);
            List<String> packages = json.get("accessPackages") instanceof List<?> list
                    ? list.stream()
                            .map(p -> p instanceof Map<?, ?> map ? String.valueOf(map.get("urn")) : String.valueOf(p))
                            .toList()
                    : List.of();
            Created created = altinn.authentication()
                    .request(
                            caller.orgno(),
                            text(json, "systemId"),
                            text(json, "partyOrgNo"),
                            text(json, "externalRef"),
                            packages,
                            text(json, "redirectUrl"));
            if (!created.isNew()) {
                return SandboxResponses.json(200, created.request().toJson());
            }
            return Response.fromResponse(
                            SandboxResponses.json(201, created.request().toJson()))
                    .location(URI.create(
                            "systemuser/request/vendor/" + created.request().id()))
                    .build();
        });
    }

    @GET
    @Path("systemuser/request/vendor/{requestId}")
    public Response request(@PathParam("requestId") String requestId, @HeaderParam("Accept") String ignored) {
        return altinn.answer(authorization, caller -> {
            caller.requireAnyScope(AltinnStandIn.REQUEST_READ, AltinnStandIn.REQUEST_WRITE);
            return SandboxResponses.json(
                    200,
                    altinn.authentication().request(caller.orgno(), requestId).toJson());
        });
    }

    @GET
    @Path("systemuser/request/vendor/byexternalref/{systemId}/{orgNo}/{externalRef}")
    public Response byExternalRef(
            @PathParam("systemId") String systemId,
            @PathParam("orgNo") String orgNo,
            @PathParam("externalRef") String externalRef) {
        return altinn.answer(authorization, caller -> {
            caller.requireAnyScope(AltinnStandIn.REQUEST_READ, AltinnStandIn.REQUEST_WRITE);
            return SandboxResponses.json(
                    200,
                    altinn.authentication()
                            .request(caller.orgno(), systemId, orgNo, externalRef)
                            .toJson());
        });
    }

    private static String text(Map<String, Object> json, String name) {
        Object value = json.get(name);
        return value == null ? null : String.valueOf(value);
    }
}
