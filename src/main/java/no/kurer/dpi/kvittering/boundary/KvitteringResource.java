package no.kurer.dpi.kvittering.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.kurer.dpi.boundary.CallerToken;
import no.kurer.dpi.boundary.SenderToken;
import no.kurer.dpi.kvittering.control.KvitteringReading;
import no.kurer.dpi.kvittering.control.KvitteringView;
import no.kurer.dpi.kvittering.entity.Caller;

/** The seed's receipt polling: {@code GET /dpi/kvittering/{conversationid}} and {@code …/{avsenderidentifikator}/{conversationid}}. */
@Path("dpi/kvittering")
@Produces(MediaType.APPLICATION_JSON)
@SenderToken
public class KvitteringResource {

    @Inject
    CallerToken token;

    @Inject
    KvitteringReading reading;

    @GET
    @Path("{conversationId}")
    public List<KvitteringView> forConversation(@PathParam("conversationId") String conversationId) {
        Caller caller = Caller.of(token.token());
        return reading.forConversation(caller, conversationId, null);
    }

    @GET
    @Path("{avsenderidentifikator}/{conversationId}")
    public List<KvitteringView> forConversation(
            @PathParam("avsenderidentifikator") String avsenderidentifikator,
            @PathParam("conversationId") String conversationId) {
        Caller caller = Caller.of(token.token());
        return reading.forConversation(caller, conversationId, avsenderidentifikator);
    }
}
