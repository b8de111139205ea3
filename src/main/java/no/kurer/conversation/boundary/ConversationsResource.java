package no.kurer.conversation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import no.kurer.conversation.control.ConversationQueries;
import no.kurer.conversation.control.ConversationQueries.Found;
import no.kurer.conversation.control.ConversationStatuses;
import no.kurer.conversation.control.UnknownEfmConversation;
import no.kurer.conversation.control.Where;
import no.kurer.conversation.entity.Conversation;
import no.kurer.nextmove.boundary.Page;
import no.kurer.nextmove.boundary.Paging;
import no.kurer.nextmove.control.NextMoveAccess;
import no.kurer.problems.InvalidParameter;

/**
 * NextMove's {@code /api/conversations} (NEXTMOVE.md §2.4): the conversations of both directions with their
 * {@code messageStatuses}, filtered as efm filters them; {@code /{id}} and {@code /messageId/{messageId}} answer for
 * outgoing conversations only. Kurer's DPO conversations are never pollable: {@code /queue} and {@code pollable=true}
 * find none.
 */
@Path("api/conversations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConversationsResource {

    @Inject
    ConversationQueries queries;

    @Inject
    ConversationStatuses statuses;

    @Inject
    NextMoveAccess access;

    @Context
    HttpServletRequest request;

    @GET
    @SuppressWarnings("java:S107") // efm's filters, each a query parameter
    public String list(
            @QueryParam("messageId") String messageId,
            @QueryParam("conversationId") String conversationId,
            @QueryParam("receiverIdentifier") String receiverIdentifier,
            @QueryParam("receiver") String receiver,
            @QueryParam("senderIdentifier") String senderIdentifier,
            @QueryParam("sender") String sender,
            @QueryParam("serviceIdentifier") String serviceIdentifier,
            @QueryParam("messageReference") String messageReference,
            @QueryParam("messageTitle") String messageTitle,
            @QueryParam("pollable") Boolean pollable,
            @QueryParam("finished") Boolean finished,
            @QueryParam("direction") String direction,
            @QueryParam("lastUpdateFrom") String lastUpdateFrom,
            @QueryParam("lastUpdateTo") String lastUpdateTo,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size,
            @QueryParam("sort") String sort) {
        Where where = new Where()
                .equal("c.messageId", "messageId", messageId)
                .equal("c.conversationId", "conversationId", conversationId)
                .equal("c.receiver", "receiver", orgno(receiverIdentifier != null ? receiverIdentifier : receiver))
                .equal("c.sender", "sender", orgno(senderIdentifier != null ? senderIdentifier : sender))
                .equal("c.serviceIdentifier", "serviceIdentifier", upper(serviceIdentifier))
                .equal("c.messageReference", "messageReference", messageReference)
                .equal("c.messageTitle", "messageTitle", messageTitle)
                .equal("c.finished", "finished", finished)
                .equal("c.direction", "direction", direction(direction))
                .from("c.lastUpdate", "lastUpdateFrom", NextMoveJson.dateTime("lastUpdateFrom", lastUpdateFrom))
                .to("c.lastUpdate", "lastUpdateTo", NextMoveJson.dateTime("lastUpdateTo", lastUpdateTo))
                .parties(access.readable(request));
        if (Boolean.TRUE.equals(pollable)) {
            where.always("1 = 0");
        }
        return page(where, Paging.of(page, size, sort));
    }

    @GET
    @Path("queue")
    public String queue(
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return page(new Where().always("1 = 0"), Paging.of(page, size, sort));
    }

    @GET
    @Path("{id}")
    public String byId(@PathParam("id") String id) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new UnknownEfmConversation("id " + id);
        }
        Conversation conversation = queries.conversation(key);
        if (conversation == null
                || !conversation.outgoing()
                || !access.readable(request).contains(conversation.sender())) {
            throw new UnknownEfmConversation("id " + id);
        }
        return NextMoveJson.write(json(conversation));
    }

    @GET
    @Path("messageId/{messageId}")
    public String byMessageId(@PathParam("messageId") String messageId) {
        Found<Conversation> found = queries.conversations(
                new Where()
                        .equal("c.messageId", "messageId", messageId)
                        .always("c.direction = 'OUTGOING'")
                        .parties(access.readable(request)),
                0,
                1,
                false);
        if (found.items().isEmpty()) {
            throw new UnknownEfmConversation("message id " + messageId);
        }
        return NextMoveJson.write(json(found.items().get(0)));
    }

    private String page(Where where, Paging paging) {
        Found<Conversation> found = queries.conversations(where, paging.offset(), paging.size(), paging.descending());
        return NextMoveJson.write(
                new Page(found.items().stream().map(this::json).toList(), paging, found.total()));
    }

    private Object json(Conversation c) {
        return NextMoveJson.conversation(c, statuses.statuses(c.id()));
    }

    private static String orgno(String party) {
        return party == null ? null : party.strip().replaceFirst("^0192:", "");
    }

    private static String upper(String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private static String direction(String value) {
        String direction = upper(value);
        if (direction != null && !direction.equals(Conversation.OUTGOING) && !direction.equals(Conversation.INCOMING)) {
            throw new InvalidParameter("query", "direction", "OUTGOING or INCOMING", value);
        }
        return direction;
    }
}
