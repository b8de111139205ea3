package no.kurer.sandbox.broker.boundary;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Supplier;
import no.kurer.sandbox.boundary.SandboxResponses;
import no.kurer.sandbox.broker.control.BrokerRefusal;
import no.kurer.sandbox.broker.control.Caller;
import no.kurer.sandbox.broker.control.FileTransfers;
import no.kurer.sandbox.broker.control.InitializeForm;
import no.kurer.sandbox.broker.control.MultipartForm;
import no.kurer.sandbox.broker.control.TooManyRequests;
import no.kurer.sandbox.broker.control.TransferFiles;
import no.kurer.sandbox.broker.control.TransferSearch;
import no.kurer.sandbox.broker.control.Uploads;
import no.kurer.sandbox.broker.entity.SandboxTransfer;

/**
 * The Altinn 3 Broker stand-in at {@code /sandbox/altinn/broker/api/v1} (so {@code altinn.base-url} is
 * {@code …/sandbox/altinn}): initialize, upload (streamed, or multipart initialize-and-upload), search, overview,
 * download (with {@code Range}, {@link RangedDownload}) and confirm, as PROTOCOLS.md describes them. Refusals are
 * ProblemDetails. For tests: the fault modes ({@link BrokerFaultsResource}) and the resources' settings
 * ({@link BrokerSettingsResource}).
 */
@Path("/sandbox/altinn/broker")
@RequestScoped
public class BrokerResource {

    @Inject
    SandboxBroker broker;

    @Inject
    FileTransfers transfers;

    @Inject
    TransferFiles files;

    @POST
    @Path("api/v1/filetransfer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response initialize(@HeaderParam("Authorization") String authorization, String body) {
        return answer(() -> {
            Caller caller = caller(authorization, "initialize");
            JsonNode json;
            try {
                json = SandboxResponses.JSON.readTree(body);
            } catch (IOException e) {
                throw BrokerRefusal.badRequest("The body is not JSON");
            }
            return SandboxResponses.json(200, Map.of("fileTransferId", transfers.initialize(caller, json)));
        });
    }

    @POST
    @Path("api/v1/filetransfer/{id}/upload")
    @Consumes(MediaType.WILDCARD)
    public Response upload(
            @HeaderParam("Authorization") String authorization,
            @PathParam("id") String id,
            @HeaderParam("Content-Length") Long contentLength,
            InputStream body) {
        return answer(() -> {
            SandboxTransfer transfer = transfers.startUpload(caller(authorization, "upload"), id, contentLength);
            Uploads.Stored stored;
            try {
                stored = Uploads.store(body, files.file(transfer.fileTransferId()));
            } catch (IOException e) {
                transfers.failUpload(transfer.fileTransferId());
                throw BrokerRefusal.uploadFailed();
            }
            transfers.finishUpload(transfer.fileTransferId(), stored.size(), stored.md5());
            return SandboxResponses.json(200, Map.of("fileTransferId", transfer.fileTransferId()));
        });
    }

    /**
     * Initialize and upload in one {@code multipart/form-data} call: the {@code Metadata.*} fields of an initialize
     * and the file as {@code FileTransfer}. The file is streamed to disk first, then the transfer initialized and
     * published with the checks of the two separate calls.
     */
    @POST
    @Path("api/v1/filetransfer/upload")
    @Consumes(MediaType.WILDCARD)
    public Response initializeAndUpload(
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("Content-Type") String contentType,
            InputStream body) {
        return answer(() -> {
            Caller caller = caller(authorization, "upload");
            caller.require(Caller.WRITE);
            var incoming = files.incoming();
            try {
                MultipartForm.Form form;
                try {
                    form = MultipartForm.read(
                            body, MultipartForm.boundary(contentType), InitializeForm.FILE_FIELD, incoming);
                } catch (IOException e) {
                    throw new BrokerRefusal(400, "Bad Request", "The upload broke off");
                }
                if (form.file() == null) {
                    throw BrokerRefusal.badRequest("The FileTransfer field is required.");
                }
                String id = transfers.initialize(caller, InitializeForm.metadata(form.fields()));
                transfers.startUpload(caller, id, form.file().size());
                files.move(incoming, id);
                transfers.finishUpload(id, form.file().size(), form.file().md5());
                return SandboxResponses.json(200, Map.of("fileTransferId", id));
            } finally {
                files.discard(incoming);
            }
        });
    }

    @GET
    @Path("api/v1/filetransfer")
    public Response search(
            @HeaderParam("Authorization") String authorization,
            @QueryParam("resourceId") String resourceId,
            @QueryParam("status") String status,
            @QueryParam("recipientStatus") String recipientStatus,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("orderAscending") String orderAscending,
            @QueryParam("role") String role) {
        return answer(() -> {
            Caller caller = caller(authorization, "search");
            return SandboxResponses.json(
                    200,
                    transfers.search(
                            caller,
                            new TransferSearch(resourceId, status, recipientStatus, from, to, orderAscending, role)));
        });
    }

    @GET
    @Path("api/v1/filetransfer/{id}")
    public Response overview(@HeaderParam("Authorization") String authorization, @PathParam("id") String id) {
        return answer(() -> SandboxResponses.json(200, transfers.overview(caller(authorization, "overview"), id)));
    }

    @GET
    @Path("api/v1/filetransfer/{id}/details")
    public Response details(@HeaderParam("Authorization") String authorization, @PathParam("id") String id) {
        return answer(() -> SandboxResponses.json(200, transfers.overview(caller(authorization, "details"), id)));
    }

    @GET
    @Path("api/v1/filetransfer/{id}/download")
    public Response download(
            @HeaderParam("Authorization") String authorization,
            @PathParam("id") String id,
            @HeaderParam("Range") String range) {
        return answer(() -> RangedDownload.of(
                transfers.startDownload(caller(authorization, "download"), id), range, id, broker.faults()));
    }

    @POST
    @Path("api/v1/filetransfer/{id}/confirmdownload")
    public Response confirm(@HeaderParam("Authorization") String authorization, @PathParam("id") String id) {
        return answer(() -> {
            Caller caller = caller(authorization, "confirm");
            broker.faults().beforeConfirm();
            transfers.confirm(caller, id);
            broker.faults().confirmed(id);
            return Response.ok().build();
        });
    }

    /** The caller, its call to the endpoint counted (and refused 429 when over a rate limit the tests switched on). */
    private Caller caller(String authorization, String endpoint) {
        Caller caller = broker.tokens().caller(authorization);
        broker.faults().call(caller.orgno(), endpoint);
        return caller;
    }

    private Response answer(Supplier<Response> call) {
        try {
            broker.faults().beforeCall();
            return call.get();
        } catch (TooManyRequests refusal) {
            return Response.fromResponse(
                            SandboxResponses.problem(429, "sandbox-broker", refusal.title(), refusal.getMessage()))
                    .header("Retry-After", refusal.retryAfterSeconds())
                    .build();
        } catch (BrokerRefusal refusal) {
            return SandboxResponses.problem(refusal.status(), "sandbox-broker", refusal.title(), refusal.getMessage());
        }
    }
}
