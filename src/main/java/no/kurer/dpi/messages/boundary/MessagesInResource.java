package no.kurer.dpi.messages.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import no.kurer.dpi.boundary.CallerToken;
import no.kurer.dpi.boundary.SenderToken;
import no.kurer.dpi.kvittering.entity.Caller;
import no.kurer.dpi.messages.control.InMessage;
import no.kurer.dpi.messages.control.MessagesIn;
import no.kurer.dpi.messages.control.Page;

/**
 * Digdir's production C2 API, incoming: the caller's unread receipts ({@code GET /dpi/messages/in}, 204 when none),
 * one of them ({@code GET /dpi/messages/in/{id}}), and marking it read ({@code POST /dpi/messages/in/{id}/read}).
 */
@Path("dpi/messages/in")
@SenderToken
public class MessagesInResource {

    static final String JWT = "application/jwt";

    @Inject
    CallerToken token;

    @Inject
    MessagesIn in;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response unread(
            @QueryParam("avsenderidentifikator") String avsenderidentifikator,
            @QueryParam("kanal") String kanal,
            @QueryParam("page_size") String pageSize,
            @QueryParam("page") String page) {
        Caller caller = Caller.of(token.token());
        List<InMessage> messages = in.unread(
                caller,
                avsenderidentifikator,
                kanal,
                Page.of(page, pageSize),
                id -> uriInfo.getBaseUriBuilder()
                        .path("dpi/messages/in/{id}")
                        .build(id)
                        .toString());
        return messages.isEmpty()
                ? Response.noContent().build()
                : Response.ok(messages).build();
    }

    /** A receipt has no document package; what there is to download is the signed receipt itself. */
    @GET
    @Path("{id}")
    @Produces({JWT, MediaType.APPLICATION_JSON})
    public Response one(@PathParam("id") String id) {
        Caller caller = Caller.of(token.token());
        return Response.ok(in.one(caller, id).kvittering(), JWT).build();
    }

    @POST
    @Path("{id}/read")
    public Response read(@PathParam("id") String id) {
        in.read(Caller.of(token.token()), id);
        return Response.ok().build();
    }
}
