package no.kurer.nextmove.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import java.util.List;
import no.kurer.broker.entity.Direction;
import no.kurer.broker.entity.DpoState;
import no.kurer.nextmove.control.IncomingMessages;
import no.kurer.nextmove.control.MessageFilter;
import no.kurer.nextmove.control.MessageSearch;
import no.kurer.nextmove.control.NextMoveAccess;

/**
 * {@code /api/messages/in} as Digdir's integration point serves it: list the waiting messages, peek (lock the oldest
 * match), pop (its decrypted ASiC-E), delete (delivered). Where several senders used one message id, pop and delete
 * take {@code ?sender=0192:<orgno>} (a Kurer addition).
 */
@Path("api/messages/in")
@Produces(MediaType.APPLICATION_JSON)
public class MessagesInResource {

    static final String ASIC = "application/vnd.etsi.asic-e+zip";

    @Inject
    IncomingMessages in;

    @Inject
    MessageSearch search;

    @Inject
    NextMoveAccess access;

    @Context
    HttpServletRequest request;

    @GET
    public String list(
            @QueryParam("messageId") String messageId,
            @QueryParam("conversationId") String conversationId,
            @QueryParam("receiverIdentifier") String receiver,
            @QueryParam("senderIdentifier") String sender,
            @QueryParam("serviceIdentifier") String service,
            @QueryParam("process") String process,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size,
            @QueryParam("sort") String sort) {
        Paging paging = Paging.of(page, size, sort);
        MessageFilter filter = new MessageFilter(messageId, conversationId, process, sender, receiver, service)
                .within(access.readable(request));
        return Sbds.page(
                search.page(
                        Direction.IN,
                        List.of(DpoState.RECEIVED),
                        filter,
                        paging.offset(),
                        paging.size(),
                        paging.descending()),
                paging);
    }

    @GET
    @Path("peek")
    public Response peek(
            @QueryParam("messageId") String messageId,
            @QueryParam("conversationId") String conversationId,
            @QueryParam("receiverIdentifier") String receiver,
            @QueryParam("senderIdentifier") String sender,
            @QueryParam("serviceIdentifier") String service,
            @QueryParam("process") String process) {
        MessageFilter filter = new MessageFilter(messageId, conversationId, process, sender, receiver, service)
                .within(access.readable(request));
        return in.peek(filter)
                .map(m -> Response.ok(Sbds.write(m)).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @GET
    @Path("pop/{messageId}")
    @Produces({ASIC, MediaType.APPLICATION_JSON})
    public Response pop(@PathParam("messageId") String messageId, @QueryParam("sender") String sender) {
        return in.pop(messageId, sender, access.readable(request))
                .map(asic -> Response.ok((StreamingOutput) o -> Files.copy(asic, o), ASIC)
                        .header("Content-Disposition", "attachment; filename=asic.zip")
                        .header("Content-Length", asic.toFile().length())
                        .build())
                .orElseGet(() -> Response.noContent().build());
    }

    @DELETE
    @Path("{messageId}")
    public String delete(@PathParam("messageId") String messageId, @QueryParam("sender") String sender) {
        return Sbds.write(in.delete(messageId, sender, access.readable(request)));
    }
}
