package no.kurer.broker.control;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.kurer.metrics.control.Meters;

/**
 * The broker calls Kurer makes, paced to Altinn's rate limits ({@link BrokerPacing}), with the broker's answers turned
 * into Kurer's terms ({@link BrokerAnswers}): {@link BrokerUnreachable} for what is worth retrying, timeouts and resets
 * included, {@link BrokerRefused} with Altinn's reason for the rest. Uploads stream from a file; downloads stream to a
 * file ({@link BrokerDownload}). {@link BrokerConnection} makes the one the broker round uses.
 */
public class Broker {

    private final Supplier<BrokerApi> api;
    private final Supplier<String> tokens;
    private final BrokerPacing pacing;

    /** Unpaced (tests of the protocol alone). */
    public Broker(BrokerApi api, Supplier<String> tokens) {
        this(() -> api, tokens, null);
    }

    /** Every call waits for {@code pacing} first, and tells it of a 429. */
    public Broker(BrokerApi api, Supplier<String> tokens, BrokerPacing pacing) {
        this(() -> api, tokens, pacing);
    }

    /** @param api the client for the broker as configured now */
    Broker(Supplier<BrokerApi> api, Supplier<String> tokens, BrokerPacing pacing) {
        this.api = api;
        this.tokens = tokens;
        this.pacing = pacing;
    }

    /** {@code POST /filetransfer}: the new fileTransferId. */
    public String initialize(Map<String, Object> body) {
        JsonNode answer = BrokerAnswers.json(
                call(BrokerCall.INITIALIZE, () -> api.get().initialize(bearer(), BrokerAnswers.write(body))));
        String id = answer.path("fileTransferId").asText("");
        if (id.isBlank()) {
            throw BrokerUnreachable.badAnswer("The broker answered initialize without a fileTransferId.");
        }
        return id;
    }

    /** {@code POST /filetransfer/{id}/upload}, streamed from the file; "already uploaded" (409) counts as done. */
    public void upload(String fileTransferId, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            call(BrokerCall.UPLOAD, () -> api.get().upload(bearer(), fileTransferId, in))
                    .close();
            Meters.bytes("out", Files.size(file));
        } catch (BrokerRefused refused) {
            if (refused.brokerStatus() != 409) {
                throw refused;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the package " + file, e);
        }
    }

    /** {@code GET /filetransfer?…} as recipient: at most 100 ids, newest first. */
    public List<String> search(String resourceId, String status, String recipientStatus) {
        JsonNode answer = BrokerAnswers.json(call(
                BrokerCall.SEARCH, () -> api.get().search(bearer(), resourceId, status, recipientStatus, "Recipient")));
        List<String> ids = new ArrayList<>();
        answer.forEach(id -> ids.add(id.asText()));
        return ids;
    }

    public JsonNode overview(String fileTransferId) {
        return BrokerAnswers.json(call(BrokerCall.OVERVIEW, () -> api.get().overview(bearer(), fileTransferId)));
    }

    /** Downloads to {@code target} and returns the MD5 (hex) of what arrived. */
    public String download(String fileTransferId, Path target) {
        return download(fileTransferId, target, -1);
    }

    /**
     * Downloads to {@code target} and returns the MD5 (hex) of the whole file, resuming a body that breaks off
     * ({@link BrokerDownload}); {@code size} is the overview's {@code fileTransferSize}, -1 when unknown.
     */
    public String download(String fileTransferId, Path target, long size) {
        return BrokerDownload.to(
                target,
                size,
                fileTransferId,
                range -> call(BrokerCall.DOWNLOAD, () -> api.get().download(bearer(), fileTransferId, range)));
    }

    /** {@code POST /filetransfer/{id}/confirmdownload}. */
    public void confirmDownload(String fileTransferId) {
        call(BrokerCall.CONFIRM, () -> api.get().confirmDownload(bearer(), fileTransferId))
                .close();
    }

    private String bearer() {
        return "Bearer " + tokens.get();
    }

    private Response call(BrokerCall which, Supplier<Response> call) {
        if (pacing != null) {
            pacing.acquire(which);
        }
        Response response;
        try {
            response = call.get();
        } catch (WebApplicationException e) {
            response = e.getResponse();
        } catch (ProcessingException e) {
            Meters.brokerCall(which.key(), 0);
            throw BrokerUnreachable.unavailable("The broker did not answer properly: " + BrokerAnswers.rootMessage(e));
        }
        Meters.brokerCall(which.key(), response.getStatus());
        return BrokerAnswers.checked(which, response, pacing);
    }
}
