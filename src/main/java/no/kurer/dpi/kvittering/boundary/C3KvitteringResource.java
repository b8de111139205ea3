package no.kurer.dpi.kvittering.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import no.kurer.dpi.control.forretningsmelding.CompactJws;
import no.kurer.dpi.kvittering.control.KvitteringIntake;
import no.kurer.dpi.kvittering.entity.Kvittering;

/** Corner 3 delivers a receipt for a sender: {@code POST /dpi/c3/kvittering/{avsender_orgno}/{conversationid}/{meldingsid}}. */
@Path("dpi/c3/kvittering/{avsender}/{conversationId}/{meldingsid}")
@Produces(MediaType.APPLICATION_JSON)
@Corner3Token
public class C3KvitteringResource {

    @Inject
    KvitteringIntake intake;

    /** What Kurer answers for a stored receipt (also for a repeat delivery). */
    public record Stored(String meldingsid, String conversationId, String type, String received) {
        static Stored of(Kvittering k) {
            return new Stored(
                    k.meldingsid(), k.conversationId(), k.type(), k.received().toString());
        }
    }

    @POST
    public Stored deliver(
            @PathParam("avsender") String avsender,
            @PathParam("conversationId") String conversationId,
            @PathParam("meldingsid") String meldingsid,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        return Stored.of(intake.accept(avsender, conversationId, meldingsid, CompactJws.read(body, contentType)));
    }
}
