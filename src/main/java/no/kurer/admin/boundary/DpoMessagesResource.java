package no.kurer.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.kurer.broker.control.Conversations;

/**
 * {@code GET /admin/dpo/messages?max=50}: the newest DPO messages of both directions, each with its counterpart,
 * state, last status time and status history (issue 5, item 5). Only for the role {@code admin} (web.xml).
 */
@Path("admin/dpo/messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DpoMessagesResource {

    static final int DEFAULT_MAX = 50;
    static final int MOST = 1000;

    @Inject
    Conversations conversations;

    @GET
    public String recent(@QueryParam("max") Integer max) {
        return AdminJson.write(conversations.recent(limit(max)).stream()
                .map(m -> AdminJson.dpoMessage(m, conversations.history(m)))
                .toList());
    }

    static int limit(Integer max) {
        return max == null ? DEFAULT_MAX : Math.max(1, Math.min(max, MOST));
    }
}
