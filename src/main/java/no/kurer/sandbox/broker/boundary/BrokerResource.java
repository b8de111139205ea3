package no.kurer.sandbox.broker.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.StreamingOutput;
import no.kurer.sandbox.boundary.SandboxResponses;
import no.kurer.sandbox.broker.control.BrokerRefusal;
import no.kurer.sandbox.broker.control.Caller;
import no.kurer.sandbox.broker.control.FileTransfers;
import no.kurer.sandbox.broker.control.InitializeForm;
import no.kurer.sandbox.broker.control.MultipartForm;
import no.kurer.sandbox.broker.control.TooManyRequests;
import no.kurer.sandbox.broker.control.TransferSearch;
import no.kurer.sandbox.broker.control.Uploads;
import no.kurer.sandbox.broker.entity.SandboxTransfer;

/**
 * The Altinn 3 Broker stand-in at {@code /sandbox/altinn/broker/api/v1} (so {@code altinn.base-url} is
 * {@code …/sandbox/altinn}): initialize, upload (streamed, or multipart initialize-and-upload), search, overview,
 * download (with {@code Range}) and confirm, as PROTOCOLS.md describes them. Refusals are ProblemDetails. For tests:
 * the fault modes ({@code /faults}) and the resources' settings ({@code /resources/{resourceId}}).
 */
@Path("/sandbox/altinn/broker")
@RequestScoped
public class BrokerResource {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

    @Inject
    SandboxBroker broker;

    @Inject
    FileTransfers transfers;

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
    public Response upload(@HeaderParam("Authorization") String authorization, @PathParam("id") String id,
            @HeaderParam("Content-Length") Long contentLength, InputStream body) {
        return answer(() -> {
            SandboxTransfer transfer = transfers.startUpload(caller(authorization, "upload"), id, contentLength);
            Uploads.Stored stored;
            try {
                stored = Uploads.store(body, transfers.file(transfer.fileTransferId()));
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
    public Response initializeAndUpload(@HeaderParam("Authorization") String authorization,
            @HeaderParam("Content-Type") String contentType, InputStream body) {
        return answer(() -> {
            Caller caller = caller(authorization, "upload");
            caller.require(Caller.WRITE);
            java.nio.file.Path incoming = transfers.incoming();
            try {
                MultipartForm.Form form;
                try {
                    form = MultipartForm.read(body, MultipartForm.boundary(contentType), InitializeForm.FILE_FIELD,
                            incoming);
                } catch (IOException e) {
                    throw new BrokerRefusal(400, "Bad Request", "The upload broke off");
                }
                if (form.file() == null) {
                    throw BrokerRefusal.badRequest("The FileTransfer field is required.");
                }
                String id = transfers.initialize(caller, InitializeForm.metadata(form.fields()));
                transfers.startUpload(caller, id, form.file().size());
                move(incoming, transfers.file(id));
                transfers.finishUpload(id, form.file().size(), form.file().md5());
                return SandboxResponses.json(200, Map.of("fileTransferId", id));
            } finally {
                deleteIfExists(incoming);
            }
        });
    }

    @GET
    @Path("api/v1/filetransfer")
    public Response search(@HeaderParam("Authorization") String authorization,
            @QueryParam("resourceId") String resourceId, @QueryParam("status") String status,
            @QueryParam("recipientStatus") String recipientStatus, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("orderAscending") String orderAscending,
            @QueryParam("role") String role) {
        return answer(() -> {
            Caller caller = caller(authorization, "search");
            return SandboxResponses.json(200, transfers.search(caller,
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
    public Response download(@HeaderParam("Authorization") String authorization, @PathParam("id") String id,
            @HeaderParam("Range") String range) {
        return answer(() -> {
            java.nio.file.Path file = transfers.startDownload(caller(authorization, "download"), id);
            long size = size(file);
            long from = 0;
            long to = size - 1;
            boolean partial = false;
            Matcher m = range == null ? null : RANGE.matcher(range.trim());
            if (m != null && m.matches()) {
                from = Long.parseLong(m.group(1));
                to = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
                if (from >= size || from > to) {
                    return Response.status(416).header("Content-Range", "bytes */" + size).build();
                }
                partial = true;
                broker.faults().rangeFrom(from);
            }
            long start = from;
            long length = to - from + 1;
            long drop = broker.faults().dropPoint();
            String transfer = id.toLowerCase();
            boolean corrupt = broker.faults().corrupt(transfer);
            StreamingOutput out = output -> {
                copy(file, start, length, drop, corrupt, output);
                if (start == 0) {
                    broker.faults().downloaded(transfer);
                }
            };
            Response.ResponseBuilder response = Response.status(partial ? 206 : 200).entity(out)
                    .type(MediaType.APPLICATION_OCTET_STREAM).header("Content-Length", length)
                    .header("Accept-Ranges", "bytes");
            if (partial) {
                response.header("Content-Range", "bytes " + from + "-" + to + "/" + size);
            }
            return response.build();
        });
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

    /** The fault modes and what they observed, for tests ({@link no.kurer.sandbox.broker.control.BrokerFaults}). */
    @GET
    @Path("faults")
    public Response faults() {
        return SandboxResponses.json(200, broker.faults().describe());
    }

    @PUT
    @Path("faults")
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

    /**
     * A resource's settings as Altinn's {@code PUT /broker/api/v1/resource/{resourceId}} takes them
     * ({@code maxFileTransferSize}, {@code fileTransferTimeToLive}, {@code purgeFileTransferAfterAllRecipientsConfirmed},
     * {@code purgeFileTransferGracePeriod}); for tests, so without a service owner token, and kept in memory.
     */
    @PUT
    @Path("resources/{resourceId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SuppressWarnings("unchecked")
    public Response configure(@PathParam("resourceId") String resourceId, String body) {
        try {
            Map<String, Object> changes = SandboxResponses.JSON.readValue(body, Map.class);
            return SandboxResponses.json(200, transfers.resources().configure(resourceId, changes).describe());
        } catch (IOException e) {
            return SandboxResponses.problem(400, "sandbox-broker", "Bad Request", "The body is not JSON");
        } catch (BrokerRefusal refusal) {
            return SandboxResponses.problem(refusal.status(), "sandbox-broker", refusal.title(), refusal.getMessage());
        }
    }

    @GET
    @Path("resources/{resourceId}")
    public Response resource(@PathParam("resourceId") String resourceId) {
        return SandboxResponses.json(200, transfers.resources().of(resourceId).describe());
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
            return Response.fromResponse(SandboxResponses.problem(429, "sandbox-broker", refusal.title(),
                    refusal.getMessage())).header("Retry-After", refusal.retryAfterSeconds()).build();
        } catch (BrokerRefusal refusal) {
            return SandboxResponses.problem(refusal.status(), "sandbox-broker", refusal.title(), refusal.getMessage());
        }
    }

    private static void copy(java.nio.file.Path file, long start, long length, long drop, boolean corrupt,
            OutputStream output) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(start);
            InputStream in = Channels.newInputStream(channel);
            byte[] buffer = new byte[64 * 1024];
            long left = length;
            long sent = 0;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break;
                }
                if (corrupt && sent == 0 && start == 0) {
                    buffer[0] ^= 1;
                }
                if (drop >= 0 && sent + n > drop) {
                    output.write(buffer, 0, (int) (drop - sent));
                    output.flush();
                    throw new IOException("Fault mode: connection dropped after " + drop + " bytes");
                }
                output.write(buffer, 0, n);
                sent += n;
                left -= n;
            }
        }
    }

    private static void move(java.nio.file.Path from, java.nio.file.Path to) {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteIfExists(java.nio.file.Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover in the sandbox directory, harmless
        }
    }

    private static long size(java.nio.file.Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
