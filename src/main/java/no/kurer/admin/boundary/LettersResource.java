package no.kurer.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import no.kurer.admin.control.Letters;
import no.kurer.admin.control.Refusals;
import no.kurer.dpi.control.MeldingOverview;

/**
 * {@code /admin/dpi}, the C2 operator's view (issue 17, item 3): {@code GET /letters?max=50} (letters by state, the
 * newest letters, the outbox, the letters that ended FEILET, receipts per type), {@code POST
 * /letters/{meldingsid}/retry} ("retry now" for a letter waiting in backoff), {@code GET /refusals} (the last hour's,
 * by sender and reason) and {@code GET /activity} (letters accepted and forwarded per minute over the last hour). Only
 * for the role {@code admin} (web.xml); a POST passes {@link AdminGuard}.
 */
@Path("admin/dpi")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LettersResource {

    @Inject
    Letters letters;

    @Inject
    Refusals refusals;

    @Inject
    MeldingOverview overview;

    @GET
    @Path("letters")
    public String overview(@QueryParam("max") Integer max) {
        int limit = DpoMessagesResource.limit(max);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("states", letters.byState());
        json.put("newest", letters.newest(limit).stream().map(C2Json::newest).toList());
        json.put("outbox", letters.outbox(limit).stream().map(C2Json::waiting).toList());
        json.put("failed", letters.failed(limit).stream().map(C2Json::failed).toList());
        json.put("receipts", letters.receiptsByType());
        return AdminJson.write(json);
    }

    @POST
    @Path("letters/{meldingsid}/retry")
    public String retryNow(@PathParam("meldingsid") String meldingsid) {
        letters.retryNow(meldingsid);
        return AdminJson.write(Map.of("meldingsid", meldingsid, "due", "now"));
    }

    @GET
    @Path("refusals")
    public String refusals() {
        return AdminJson.write(refusals.lastHour().stream().map(C2Json::refusal).toList());
    }

    @GET
    @Path("activity")
    public String activity() {
        return AdminJson.write(C2Json.activity(overview.lastHour()));
    }
}
