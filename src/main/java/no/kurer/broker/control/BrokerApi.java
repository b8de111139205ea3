package no.kurer.broker.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The Altinn 3 Broker's file transfer API ({@code {altinn.base-url}/broker/api/v1}) as a MicroProfile Rest Client.
 * Bodies are JSON text and streams, read by {@link Broker} with Jackson, so no JSON-B provider is involved.
 * {@link BrokerConnection} builds it for the live {@code altinn.base-url} with the {@code broker.*-timeout-ms}
 * timeouts; as a CDI client, {@code broker-api/mp-rest/*} would configure it.
 */
@RegisterRestClient(configKey = "broker-api")
@Path("/filetransfer")
public interface BrokerApi {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Response initialize(@HeaderParam("Authorization") String authorization, String json);

    @POST
    @Path("{fileTransferId}/upload")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    Response upload(
            @HeaderParam("Authorization") String authorization,
            @PathParam("fileTransferId") String fileTransferId,
            InputStream body);

    @GET
    Response search(
            @HeaderParam("Authorization") String authorization,
            @QueryParam("resourceId") String resourceId,
            @QueryParam("status") String status,
            @QueryParam("recipientStatus") String recipientStatus,
            @QueryParam("role") String role);

    @GET
    @Path("{fileTransferId}")
    Response overview(
            @HeaderParam("Authorization") String authorization, @PathParam("fileTransferId") String fileTransferId);

    @GET
    @Path("{fileTransferId}/download")
    Response download(
            @HeaderParam("Authorization") String authorization,
            @PathParam("fileTransferId") String fileTransferId,
            @HeaderParam("Range") String range);

    @POST
    @Path("{fileTransferId}/confirmdownload")
    Response confirmDownload(
            @HeaderParam("Authorization") String authorization, @PathParam("fileTransferId") String fileTransferId);
}
