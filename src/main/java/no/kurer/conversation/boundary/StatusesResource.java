package no.kurer.conversation.boundary;

import jakarta.enterprise.context.RequestScoped;
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
import java.util.Locale;
import no.kurer.conversation.control.ConversationQueries;
import no.kurer.conversation.control.ConversationQueries.Found;
import no.kurer.conversation.control.ConversationQueries.StatusOf;
import no.kurer.conversation.control.StatusNotQueued;
import no.kurer.conversation.control.Where;
import no.kurer.conversation.entity.ReceiptStatus;
import no.kurer.nextmove.boundary.Page;
import no.kurer.nextmove.boundary.Paging;
import no.kurer.nextmove.control.NextMoveAccess;
import no.kurer.problems.InvalidParameter;

/**
 * NextMove's {@code /api/statuses} (NEXTMOVE.md §2.3): every status of every conversation, filtered by {@code id},
 * {@code messageId}, {@code conversationId}, {@code status}, {@code fromDateTime}/{@code toDateTime} (each applied when
 * given), as a Page in the order they were recorded. The status queue ({@code peek}, {@code DELETE}) is always empty,
 * as efm's is by default.
 */
@Path("api/statuses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatusesResource {

    @Inject
    ConversationQueries queries;

    @Inject
    NextMoveAccess access;

    @Context
    HttpServletRequest request;

    @GET
    public String list(
            @QueryParam("id") Long id,
            @QueryParam("messageId") String messageId,
            @QueryParam("conversationId") String conversationId,
            @QueryParam("status") String status,
            @QueryParam("fromDateTime") String from,
            @QueryParam("toDateTime") String to,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size,
            @QueryParam("sort") String sort) {
        Where where = new Where()
                .equal("s.id", "id", id)
                .equal("c.messageId", "messageId", messageId)
                .equal("c.conversationId", "conversationId", conversationId)
                .equal("s.status", "status", status(status))
                .from("s.lastUpdate", "fromDateTime", NextMoveJson.dateTime("fromDateTime", from))
                .to("s.lastUpdate", "toDateTime", NextMoveJson.dateTime("toDateTime", to))
                .parties(access.readable(request));
        return page(where, Paging.of(page, size, sort));
    }

    @GET
    @Path("peek")
    public Response peek() {
        return Response.noContent().build();
    }

    @GET
    @Path("{messageId}")
    public String byMessageId(
            @PathParam("messageId") String messageId,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size,
            @QueryParam("sort") String sort) {
        return page(
                new Where().equal("c.messageId", "messageId", messageId).parties(access.readable(request)),
                Paging.of(page, size, sort));
    }

    /** The same template as {@link #byMessageId}, so that the two methods share one path (efm names it {id}). */
    @DELETE
    @Path("{messageId}")
    public Response delete(@PathParam("messageId") String id) {
        throw new StatusNotQueued(id);
    }

    private String page(Where where, Paging paging) {
        Found<StatusOf> found = queries.statuses(where, paging.offset(), paging.size(), paging.descending());
        return NextMoveJson.write(new Page(
                found.items().stream()
                        .map(s -> NextMoveJson.status(s.status(), s.conversation()))
                        .toList(),
                paging,
                found.total()));
    }

    private static ReceiptStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ReceiptStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter(
                    "query", "status", "one of the eFormidling statuses (OPPRETTET, SENDT, …)", value);
        }
    }
}
