package no.kurer.dpi.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import no.kurer.dpi.control.CompactJws;
import no.kurer.dpi.control.Intake;
import no.kurer.dpi.control.MissingPart;
import no.kurer.dpi.control.UnreadableBody;
import no.kurer.maskinporten.entity.MaskinportenToken;

/** The one-call send of seed 003: {@code POST /dpi/send/{digitalpost|fysiskpost}/{pk-orgno}/{conversationid}}. */
@Path("dpi/send/{kanal}/{pkOrgno}/{conversationId}")
@Produces(MediaType.APPLICATION_JSON)
public class SendResource {

    @Inject
    Intake intake;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Receipt send(@PathParam("kanal") String kanal,
                        @PathParam("pkOrgno") String pkOrgno,
                        @PathParam("conversationId") String conversationId,
                        @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                        @FormParam("forretningsmelding") EntityPart forretningsmelding,
                        @FormParam("dokumentpakke") EntityPart dokumentpakke) {
        MaskinportenToken token = intake.authenticate(authorization);
        if (forretningsmelding == null || dokumentpakke == null) {
            throw new MissingPart();
        }
        String jws = CompactJws.read(forretningsmelding.getContent(), type(forretningsmelding));
        try (InputStream pakke = dokumentpakke.getContent()) {
            return Receipt.of(intake.acceptWhole(token, kanal, pkOrgno, conversationId, jws, type(dokumentpakke), pakke));
        } catch (IOException e) {
            throw new UnreadableBody();
        }
    }

    private static String type(EntityPart part) {
        return part.getMediaType() == null ? null : part.getMediaType().toString();
    }
}
