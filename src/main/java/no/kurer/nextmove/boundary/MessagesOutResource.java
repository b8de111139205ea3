package no.kurer.nextmove.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import no.kurer.broker.boundary.ContentDisposition;
import no.kurer.broker.boundary.SbdBody;
import no.kurer.broker.control.InvalidFileName;
import no.kurer.broker.entity.Direction;
import no.kurer.nextmove.control.MessageFilter;
import no.kurer.nextmove.control.MessageSearch;
import no.kurer.nextmove.control.NextMoveAccess;
import no.kurer.nextmove.control.OutgoingMessages;

/**
 * {@code /api/messages/out} as Digdir's integration point serves it: create from the SBD, upload files, send, list,
 * read, delete. Unlike efm, Kurer keeps a sent message, so it can still be read here.
 */
@Path("api/messages/out")
@Produces(MediaType.APPLICATION_JSON)
public class MessagesOutResource {

    @Inject
    OutgoingMessages out;

    @Inject
    MessageSearch search;

    @Inject
    NextMoveAccess access;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public String create(@Context HttpHeaders headers, InputStream sbd) {
        return Sbds.write(out.create(SbdBody.read(sbd, headers.getMediaType()), access.sendable(request)));
    }

    /**
     * The file's name in the ASiC-E is the {@code filename} of {@code Content-Disposition}; the title is not kept. A
     * {@code Content-Length} that would take the message past {@code dpo.max-message-bytes} is refused (413) unread.
     */
    @PUT
    @Path("{messageId}")
    @Consumes(MediaType.WILDCARD)
    public Response upload(
            @PathParam("messageId") String messageId,
            @HeaderParam("Content-Disposition") String disposition,
            @QueryParam("title") String title,
            @HeaderParam("Content-Length") Long contentLength,
            InputStream body) {
        String name = ContentDisposition.filename(disposition)
                .orElseThrow(() -> new InvalidFileName("Name the file with a Content-Disposition header: attachment; "
                        + "name=\"<title>\"; filename=\"<name in the ASiC-E>\"."));
        out.upload(messageId, name, contentLength == null ? -1 : contentLength, body, access.sendable(request));
        return Response.ok().build();
    }

    /** Create and upload in one request: the part {@code sbd}, then one part per file (name = title). */
    @POST
    @Path("multipart")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public String multipart(List<EntityPart> parts) {
        return Sbds.write(new MultipartMessage(out, parts, access.sendable(request)).create());
    }

    @POST
    @Path("{messageId}")
    public Response send(@PathParam("messageId") String messageId) {
        out.send(messageId, access.sendable(request));
        return Response.ok().build();
    }

    @GET
    public String list(
            @QueryParam("conversationId") String conversationId,
            @QueryParam("messageId") String messageId,
            @QueryParam("processIdentifier") String process,
            @QueryParam("receiverIdentifier") String receiver,
            @QueryParam("senderIdentifier") String sender,
            @QueryParam("serviceIdentifier") String service,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size,
            @QueryParam("sort") String sort) {
        Paging paging = Paging.of(page, size, sort);
        MessageFilter filter = new MessageFilter(messageId, conversationId, process, sender, receiver, service)
                .within(access.readable(request));
        return Sbds.page(
                search.page(Direction.OUT, null, filter, paging.offset(), paging.size(), paging.descending()), paging);
    }

    @GET
    @Path("{messageId}")
    public String one(@PathParam("messageId") String messageId) {
        return Sbds.write(out.find(messageId, access.readable(request)));
    }

    @DELETE
    @Path("{messageId}")
    public Response delete(@PathParam("messageId") String messageId) {
        out.delete(messageId, access.sendable(request));
        return Response.ok().build();
    }
}
