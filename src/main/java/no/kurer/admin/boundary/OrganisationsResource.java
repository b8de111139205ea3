package no.kurer.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import no.kurer.broker.control.DpoFiles;
import no.kurer.organisation.control.OrganisationData;
import no.kurer.organisation.control.OrganisationEnrolment;
import no.kurer.organisation.control.OrganisationEnrolment.Enrolled;
import no.kurer.organisation.control.OrganisationOverview;
import no.kurer.organisation.control.Organisations;

/**
 * {@code /admin/organisations} (issue 18): {@code GET} every organisation Kurer acts for or did ({@code systemuser.org}
 * first, {@code "configured":true}), each with its key, system user, polling, backlog and failures; {@code POST} adds
 * one and starts its onboarding ({@link OrganisationInput}); {@code GET /{orgno}}; {@code PUT /{orgno}}
 * {@code {"nextmoveUsers":[..]}}; {@code DELETE /{orgno}} removes one (polling and sending stop; what it received
 * stays). Only for the role {@code admin} (web.xml), behind {@link AdminGuard}.
 */
@Path("admin/organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

    @Inject
    OrganisationOverview overview;

    @Inject
    OrganisationEnrolment enrolment;

    @Inject
    Organisations organisations;

    @Inject
    OrganisationData data;

    @GET
    public String list() {
        return AdminJson.write(Map.of(
                "organisations",
                overview.all().stream().map(OrganisationJson::of).toList()));
    }

    @GET
    @Path("{orgno}")
    public String one(@PathParam("orgno") String orgno) {
        return AdminJson.write(OrganisationJson.of(overview.one(orgno)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(String body) {
        Enrolled enrolled = enrolment.add(OrganisationInput.parse(body));
        Map<String, Object> json =
                OrganisationJson.of(overview.one(enrolled.organisation().orgno()));
        json.put("onboarding", enrolled.onboarding() == null ? null : AdminJson.registration(enrolled.onboarding()));
        return Response.created(URI.create(
                        "admin/organisations/" + enrolled.organisation().orgno()))
                .entity(AdminJson.write(json))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    @PUT
    @Path("{orgno}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String users(@PathParam("orgno") String orgno, String body) {
        organisations.nextmoveUsers(orgno, OrganisationInput.users(body));
        return AdminJson.write(OrganisationJson.of(overview.one(orgno)));
    }

    @DELETE
    @Path("{orgno}")
    public String remove(@PathParam("orgno") String orgno) {
        organisations.remove(orgno);
        return AdminJson.write(OrganisationJson.of(overview.one(orgno)));
    }

    /**
     * Deletes what Kurer holds of a removed organisation (its messages, conversations and files) and the organisation
     * itself; 409 while it is active.
     */
    @DELETE
    @Path("{orgno}/messages")
    public String deleteMessages(@PathParam("orgno") String orgno) {
        OrganisationData.Deleted deleted = data.deleteRows(orgno);
        DpoFiles.discard(deleted.files());
        return AdminJson.write(
                Map.of("orgno", orgno, "messages", deleted.messages(), "conversations", deleted.conversations()));
    }
}
