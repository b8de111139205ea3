package no.kurer.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import no.kurer.organisation.control.Organisations;
import no.kurer.problems.Details;
import no.kurer.systemuser.control.InvalidOnboarding;
import no.kurer.systemuser.control.Onboarding;
import no.kurer.systemuser.control.PackageChanges;
import no.kurer.systemuser.control.SystemUsers;
import no.kurer.systemuser.control.TokenCheck;
import no.kurer.systemuser.entity.Registration;

/**
 * {@code /admin/systemusers}: {@code GET} the onboardings (newest first, each with its history) and the active
 * system user, {@code POST} {@code {"orgno","name","kind"}} to start one (all optional: {@code systemuser.org}, {@code kurer},
 * {@code standard}; {@code "kind":"agent"} asks for an agent system user of the service provider {@code orgno}), {@code GET /{id}}
 * with its history, {@code POST /{id}/retry}, {@code POST /{id}/token-check}, {@code POST /{id}/changerequest}. An agent onboarding shows its
 * delegated {@code clients}. Only for the role {@code admin} (web.xml).
 */
@Path("admin/systemusers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SystemUsersResource {

    @Inject
    Onboarding onboarding;

    @Inject
    SystemUsers systemUsers;

    @Inject
    TokenCheck tokenCheck;

    @Inject
    PackageChanges packageChanges;

    @Inject
    Organisations organisations;

    @GET
    public String list() {
        return AdminJson.write(Map.of(
                "registrations",
                        onboarding.all().stream()
                                .map(r -> withClients(AdminJson.withHistory(r, onboarding.history(r.id())), r))
                                .toList(),
                "active", systemUsers.active().map(AdminJson::active).orElse(Map.of())));
    }

    @GET
    @Path("{id}")
    public String one(@PathParam("id") long id) {
        Registration registration = onboarding.find(id);
        return AdminJson.write(withClients(AdminJson.withHistory(registration, onboarding.history(id)), registration));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(String body) {
        Map<String, String> input = AdminJson.input(body);
        String kind = input.get("kind");
        Registration started;
        if (kind == null || kind.equalsIgnoreCase("standard")) {
            started = onboarding.start(input.get("orgno"), input.get("name"));
        } else if (kind.equalsIgnoreCase("agent")) {
            started = onboarding.startAgent(input.get("orgno"), input.get("name"));
        } else {
            throw new InvalidOnboarding("kind is standard or agent, not " + Details.quote(kind));
        }
        return Response.created(URI.create("admin/systemusers/" + started.id()))
                .entity(AdminJson.write(AdminJson.registration(started)))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    @POST
    @Path("{id}/retry")
    public String retry(@PathParam("id") long id) {
        return AdminJson.write(AdminJson.registration(onboarding.retry(id)));
    }

    /**
     * {@code {"accessPackages":["urn:altinn:accesspackage:…"]}}: more access packages for an accepted standard system
     * user, by a change request the customer approves at its {@code changeRequest.confirmUrl}.
     */
    @POST
    @Path("{id}/changerequest")
    @Consumes(MediaType.APPLICATION_JSON)
    public String changeRequest(@PathParam("id") long id, String body) {
        Registration changed = packageChanges.request(id, AdminJson.accessPackages(body));
        return AdminJson.write(withClients(AdminJson.withHistory(changed, onboarding.history(id)), changed));
    }

    /** Kurer gets a system user token for an accepted onboarding and shows whom it acts for. */
    @POST
    @Path("{id}/token-check")
    public String tokenCheck(@PathParam("id") long id) {
        return AdminJson.write(tokenCheck.check(id));
    }

    private Map<String, Object> withClients(Map<String, Object> json, Registration r) {
        if (r.kind() == Registration.Kind.AGENT) {
            AdminJson.clients(json, r, organisations.clientsOf(r.id()));
        }
        return json;
    }
}
