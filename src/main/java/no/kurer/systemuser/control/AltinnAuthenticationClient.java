package no.kurer.systemuser.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Altinn Authentication's vendor API at {@code {altinn.base-url}/authentication/api/v1} (PROTOCOLS.md). Bodies are JSON
 * text written and read with Jackson; every answer comes back as a {@link Response} so {@link AltinnSystemUserApi}
 * decides what each status means. Timeouts: {@code altinn-authentication/mp-rest/connectTimeout} and
 * {@code /readTimeout}.
 */
@RegisterRestClient(configKey = AltinnAuthenticationClient.CONFIG_KEY)
@Produces(MediaType.APPLICATION_JSON)
public interface AltinnAuthenticationClient {

    String CONFIG_KEY = "altinn-authentication";

    @POST
    @Path("systemregister/vendor")
    @Consumes(MediaType.APPLICATION_JSON)
    Response createSystem(@HeaderParam("Authorization") String authorization, String system);

    @PUT
    @Path("systemregister/vendor/{systemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response updateSystem(
            @HeaderParam("Authorization") String authorization, @PathParam("systemId") String systemId, String system);

    @PUT
    @Path("systemregister/vendor/{systemId}/accesspackages")
    @Consumes(MediaType.APPLICATION_JSON)
    Response setAccessPackages(
            @HeaderParam("Authorization") String authorization,
            @PathParam("systemId") String systemId,
            String accessPackages);

    @POST
    @Path("systemuser/request/vendor")
    @Consumes(MediaType.APPLICATION_JSON)
    Response createRequest(@HeaderParam("Authorization") String authorization, String request);

    @GET
    @Path("systemuser/request/vendor/{requestId}")
    Response request(@HeaderParam("Authorization") String authorization, @PathParam("requestId") String requestId);

    @GET
    @Path("systemuser/request/vendor/byexternalref/{systemId}/{orgNo}/{externalRef}")
    Response requestByExternalRef(
            @HeaderParam("Authorization") String authorization,
            @PathParam("systemId") String systemId,
            @PathParam("orgNo") String orgNo,
            @PathParam("externalRef") String externalRef);

    @POST
    @Path("systemuser/request/vendor/agent")
    @Consumes(MediaType.APPLICATION_JSON)
    Response createAgentRequest(@HeaderParam("Authorization") String authorization, String request);

    @GET
    @Path("systemuser/request/vendor/agent/{requestId}")
    Response agentRequest(@HeaderParam("Authorization") String authorization, @PathParam("requestId") String requestId);

    @GET
    @Path("systemuser/request/vendor/agent/byexternalref/{systemId}/{orgNo}/{externalRef}")
    Response agentRequestByExternalRef(
            @HeaderParam("Authorization") String authorization,
            @PathParam("systemId") String systemId,
            @PathParam("orgNo") String orgNo,
            @PathParam("externalRef") String externalRef);

    @GET
    @Path("enduser/systemuser/clients")
    Response clients(@HeaderParam("Authorization") String authorization, @QueryParam("agent") String agent);

    /** The address the client was built on, as it is: a {@code links.next} of {@link #clients}. */
    @GET
    Response page(@HeaderParam("Authorization") String authorization);

    @POST
    @Path("systemuser/changerequest/vendor")
    @Consumes(MediaType.APPLICATION_JSON)
    Response createChangeRequest(
            @HeaderParam("Authorization") String authorization,
            @QueryParam("correlation-id") String correlationId,
            @QueryParam("system-user-id") String systemUserId,
            String request);

    @GET
    @Path("systemuser/changerequest/vendor/{requestId}")
    Response changeRequest(
            @HeaderParam("Authorization") String authorization, @PathParam("requestId") String requestId);
}
