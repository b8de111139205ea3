package no.kurer.dpi.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import no.kurer.dpi.control.intake.Intake;

/** The one-call send of seed 003: {@code POST /dpi/send/{digitalpost|fysiskpost}/{pk-orgno}/{conversationid}}. */
@ApplicationScoped
@Path("dpi/send/{kanal}/{pkOrgno}/{conversationId}")
@Produces(MediaType.APPLICATION_JSON)
@SenderToken
public class SendResource {

    @Inject
    Intake intake;

    @Inject
    CallerToken caller;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Receipt send(
            @PathParam("kanal") String kanal,
            @PathParam("pkOrgno") String pkOrgno,
            @PathParam("conversationId") String conversationId,
            @FormParam("forretningsmelding") EntityPart forretningsmelding,
            @FormParam("dokumentpakke") EntityPart dokumentpakke) {
        MultipartSend send = MultipartSend.of(forretningsmelding, dokumentpakke);
        return send.withDokumentpakke(pakke -> Receipt.of(intake.acceptWhole(
                caller.token(),
                kanal,
                pkOrgno,
                conversationId,
                send.forretningsmelding(),
                send.dokumentpakkeType(),
                pakke)));
    }
}
