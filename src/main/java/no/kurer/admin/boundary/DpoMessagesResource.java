package no.kurer.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kurer.broker.control.Conversations;
import no.kurer.broker.entity.Direction;
import no.kurer.broker.entity.DpoMessage;
import no.kurer.conversation.control.ConversationStatuses;
import no.kurer.conversation.entity.Conversation;

/**
 * {@code GET /admin/dpo/messages?max=50}: the newest DPO messages of both directions, each with its counterpart,
 * state, last status time and status history (issue 5, item 5), and its eFormidling statuses ({@code efmStatuses},
 * issue 17 item 4). {@code ?messageId=} or {@code ?conversationId=} narrow the list to those messages (every sender,
 * both directions). Only for the role {@code admin} (web.xml).
 */
@Path("admin/dpo/messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DpoMessagesResource {

    static final int DEFAULT_MAX = 50;
    static final int MOST = 1000;

    @Inject
    Conversations conversations;

    @Inject
    ConversationStatuses statuses;

    @GET
    public String recent(
            @QueryParam("max") Integer max,
            @QueryParam("messageId") String messageId,
            @QueryParam("conversationId") String conversationId) {
        List<DpoMessage> messages = messageId != null
                ? conversations.withMessageId(messageId, limit(max))
                : conversationId != null
                        ? conversations.inConversation(conversationId, limit(max))
                        : conversations.recent(limit(max));
        return AdminJson.write(messages.stream()
                .map(m -> withStatuses(AdminJson.dpoMessage(m, conversations.history(m)), m))
                .toList());
    }

    private Map<String, Object> withStatuses(Map<String, Object> json, DpoMessage m) {
        String direction = m.direction() == Direction.OUT ? Conversation.OUTGOING : Conversation.INCOMING;
        json.put(
                "efmStatuses",
                statuses.of(direction, m.sender(), m.messageId()).stream()
                        .map(s -> {
                            Map<String, Object> status = new LinkedHashMap<>();
                            status.put("status", s.status().name());
                            status.put("lastUpdate", s.lastUpdate().toString());
                            status.put("description", s.description());
                            return status;
                        })
                        .toList());
        return json;
    }

    static int limit(Integer max) {
        return max == null ? DEFAULT_MAX : Math.max(1, Math.min(max, MOST));
    }
}
