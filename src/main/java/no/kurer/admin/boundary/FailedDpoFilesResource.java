package no.kurer.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import no.kurer.admin.control.FailedDpoFiles;
import no.kurer.broker.entity.DpoMessage;

/**
 * {@code GET /admin/dpo/failed?max=50}: the incoming DPO files that ended FAILED, with the reason and whether the raw
 * file is kept; {@code GET /admin/dpo/failed/{id}/file}: that raw file, as the broker delivered it (issue 17, item 4).
 * Only for the role {@code admin} (web.xml).
 */
@Path("admin/dpo/failed")
@RequestScoped
public class FailedDpoFilesResource {

    @Inject
    FailedDpoFiles failed;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list(@QueryParam("max") Integer max) {
        return AdminJson.write(failed.list(DpoMessagesResource.limit(max)).stream()
                .map(this::json)
                .toList());
    }

    /** Whatever the client accepts: the file is bytes, and a refusal is a problem document. */
    @GET
    @Path("{id}/file")
    public Response raw(@PathParam("id") long id) {
        FailedDpoFiles.RawFile raw = failed.raw(id);
        String name = raw.fileTransferId().replaceAll("[^A-Za-z0-9-]", "_") + ".zip";
        return Response.ok(raw.path().toFile(), MediaType.APPLICATION_OCTET_STREAM)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    private Map<String, Object> json(DpoMessage m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", m.id());
        json.put("fileTransferId", m.fileTransferId());
        json.put("sender", m.sender());
        json.put("failed", m.updated().toString());
        json.put("reason", m.work().lastError());
        json.put("size", m.packageSize());
        json.put("rawFile", failed.hasRawFile(m) ? "admin/dpo/failed/" + m.id() + "/file" : null);
        return json;
    }
}
