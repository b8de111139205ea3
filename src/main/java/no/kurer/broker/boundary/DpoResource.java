package no.kurer.broker.boundary;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.Map;
import no.kurer.broker.control.Conversations;
import no.kurer.broker.control.Inbox;
import no.kurer.broker.control.InvalidFileName;
import no.kurer.broker.control.Outbox;
import no.kurer.broker.entity.DpoMessage;

/**
 * The DPO API for the public body's own systems, shaped like Digdir's integration point's NextMove API: create an
 * outgoing message from its standard business document, add files, send; follow its status; list, fetch and mark
 * read incoming messages. An incoming message is one sender's: where several senders used one message id, the calls
 * on it take {@code ?sender=0192:<orgno>}.
 */
@Path("/dpo")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DpoResource {

    @Inject
    Outbox outbox;

    @Inject
    Inbox inbox;

    @Inject
    Conversations conversations;

    @POST
    @Path("messages/out")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context HttpHeaders headers, InputStream standardBusinessDocument) {
        DpoMessage message = outbox.create(SbdBody.read(standardBusinessDocument, headers.getMediaType()));
        return Response.created(URI.create("dpo/messages/out/" + message.messageId()))
                .entity(json(message, true))
                .build();
    }

    @PUT
    @Path("messages/out/{messageId}")
    @Consumes(MediaType.WILDCARD)
    public Response addFile(
            @PathParam("messageId") String messageId,
            @HeaderParam("Content-Disposition") String disposition,
            @QueryParam("filename") String filename,
            @HeaderParam("Content-Length") Long contentLength,
            InputStream body) {
        String name = filename != null
                ? filename
                : ContentDisposition.filename(disposition)
                        .orElseThrow(() -> new InvalidFileName("Name the file with Content-Disposition: attachment; "
                                + "filename=\"…\" (or ?filename=)."));
        long size = outbox.addFile(messageId, name, contentLength == null ? -1 : contentLength, body);
        return Response.ok(MessageViews.write(Map.of("messageId", messageId, "filename", name, "size", size)))
                .build();
    }

    @POST
    @Path("messages/out/{messageId}")
    public Response send(@PathParam("messageId") String messageId) {
        return Response.accepted(json(outbox.send(messageId), false)).build();
    }

    @GET
    @Path("messages/out/{messageId}")
    public String outgoing(@PathParam("messageId") String messageId) {
        return json(outbox.find(messageId), true);
    }

    @GET
    @Path("messages/in")
    public String incoming() {
        return MessageViews.write(inbox.unread().stream()
                .map(m -> MessageViews.view(m, null, false))
                .toList());
    }

    @GET
    @Path("messages/in/{messageId}")
    public String incoming(@PathParam("messageId") String messageId, @QueryParam("sender") String sender) {
        return json(inbox.find(messageId, sender), true);
    }

    /** The message's payload, {@code asic.zip}: the sender's signed ASiC-E, decrypted, its signature checked. */
    @GET
    @Path("messages/in/{messageId}/asic")
    @Produces({"application/vnd.etsi.asic-e+zip", MediaType.APPLICATION_JSON})
    public Response asic(@PathParam("messageId") String messageId, @QueryParam("sender") String sender) {
        var asic = inbox.asic(messageId, sender);
        StreamingOutput body = out -> Files.copy(asic, out);
        return Response.ok(body, "application/vnd.etsi.asic-e+zip")
                .header("Content-Disposition", "attachment; filename=\"asic.zip\"")
                .header("Content-Length", asic.toFile().length())
                .build();
    }

    @POST
    @Path("messages/in/{messageId}/read")
    public String read(@PathParam("messageId") String messageId, @QueryParam("sender") String sender) {
        return json(inbox.markRead(messageId, sender), false);
    }

    @GET
    @Path("conversations/{conversationId}")
    public String conversation(@PathParam("conversationId") String conversationId) {
        return MessageViews.write(conversations.conversation(conversationId).stream()
                .map(m -> MessageViews.view(m, conversations.history(m), false))
                .toList());
    }

    @GET
    @Path("messages")
    public String recent(@QueryParam("max") Integer max) {
        int limit = max == null ? 100 : Math.max(1, Math.min(max, 1000));
        return MessageViews.write(conversations.recent(limit).stream()
                .map(m -> MessageViews.view(m, conversations.history(m), false))
                .toList());
    }

    private String json(DpoMessage message, boolean withSbd) {
        return MessageViews.write(MessageViews.view(message, conversations.history(message), withSbd));
    }
}
