package no.kurer.dpi.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import no.kurer.dpi.control.forretningsmelding.CompactJws;
import no.kurer.dpi.control.intake.Intake;

/** The two-step send of seed 003: {@code POST} the forretningsmelding, then {@code PUT} the dokumentpakke. */
@ApplicationScoped
@Path("dpi/sendmelding/{meldingsid}")
@Produces(MediaType.APPLICATION_JSON)
@SenderToken
public class SendmeldingResource {

    @Inject
    Intake intake;

    @Inject
    CallerToken caller;

    @POST
    public Receipt post(
            @PathParam("meldingsid") String meldingsid,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        Meldingsids.check(meldingsid);
        return Receipt.of(
                intake.acceptForretningsmelding(caller.token(), meldingsid, CompactJws.read(body, contentType)));
    }

    @PUT
    public Receipt put(
            @PathParam("meldingsid") String meldingsid,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
            InputStream body) {
        Meldingsids.check(meldingsid);
        return Receipt.of(intake.acceptDokumentpakke(caller.token(), meldingsid, contentType, contentLength, body));
    }
}
