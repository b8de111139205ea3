package no.kurer.sandbox.peppol.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import no.kurer.sandbox.boundary.SandboxResponses;

/** The sandbox SMP: {@code GET /sandbox/smp/{participant}/services/{document type}}, signed Peppol SMP 1.0 XML or 404. */
@Path("/sandbox/smp")
public class SmpResource {

    @Inject
    SandboxPeppol peppol;

    @GET
    @Path("{participant}/services/{documentType}")
    public Response serviceMetadata(
            @PathParam("participant") String participant, @PathParam("documentType") String documentType) {
        return peppol.smp()
                .serviceMetadata(participant, documentType)
                .map(xml -> Response.ok(xml, "text/xml").build())
                .orElseGet(() -> SandboxResponses.problem(
                        404,
                        "sandbox-smp-unknown",
                        "Not Found",
                        "The sandbox SMP has no " + documentType + " for " + participant + "."));
    }
}
