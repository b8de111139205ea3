package no.kurer.dpi.messages.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import no.kurer.dpi.boundary.CallerToken;
import no.kurer.dpi.boundary.MultipartSend;
import no.kurer.dpi.boundary.SenderToken;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.kvittering.entity.Caller;
import no.kurer.dpi.messages.control.MessagesOut;
import no.kurer.dpi.messages.control.StatusView;
import no.kurer.maskinporten.entity.MaskinportenToken;

/** Digdir's production C2 API, outgoing: {@code POST /dpi/messages/out} and {@code GET /dpi/messages/out/{id}/statuses}. */
@Path("dpi/messages/out")
@SenderToken
public class MessagesOutResource {

    @Inject
    CallerToken caller;

    @Inject
    MessagesOut out;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response send(
            @QueryParam("kanal") String kanal,
            @FormParam("forretningsmelding") EntityPart forretningsmelding,
            @FormParam("dokumentpakke") EntityPart dokumentpakke) {
        MaskinportenToken token = caller.token();
        MultipartSend send = MultipartSend.of(forretningsmelding, dokumentpakke);
        Melding melding = send.withDokumentpakke(
                pakke -> out.send(token, kanal, send.forretningsmelding(), send.dokumentpakkeType(), pakke));
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("dpi/messages/out/{id}/statuses")
                        .build(melding.meldingsid()))
                .build();
    }

    @GET
    @Path("{id}/statuses")
    @Produces(MediaType.APPLICATION_JSON)
    public List<StatusView> statuses(@PathParam("id") String id) {
        return out.statuses(Caller.of(caller.token()), id);
    }
}
