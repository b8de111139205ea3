package no.kurer.sandbox.altinn.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.kurer.sandbox.altinn.control.AltinnRefusal;
import no.kurer.sandbox.altinn.entity.ChangeRequest;
import no.kurer.sandbox.altinn.entity.SystemUserRequest;

/**
 * The page behind a request's {@code confirmUrl}: what the system asks for, and an Approve and a Reject button (a
 * form posting {@code decision=approve|reject}). In Altinn the customer's manager logs in first; the sandbox trusts
 * whoever holds the link. {@code ?kind=agent} is an agent system user request, {@code ?kind=change} a change request.
 */
@Path("/sandbox/altinn/confirm/{requestId}")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class ConfirmPage {

    @Inject
    AltinnStandIn altinn;

    @GET
    public Response show(@PathParam("requestId") String requestId, @QueryParam("kind") String kind) {
        try {
            View view = view(requestId, kind);
            String form = !view.status().equals(SystemUserRequest.NEW)
                    ? "<p id=\"status\">" + esc(view.status()) + "</p>"
                    : """
                    <form method="post">
                      <button type="submit" name="decision" value="approve" id="approve">Approve</button>
                      <button type="submit" name="decision" value="reject" id="reject">Reject</button>
                    </form>""";
            return page(200, view.title(), "<p>" + view.text() + "</p>" + form);
        } catch (AltinnRefusal refusal) {
            return page(refusal.status(), "Not found", "<p>" + esc(refusal.getMessage()) + "</p>");
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(
            @PathParam("requestId") String requestId,
            @QueryParam("kind") String kind,
            @FormParam("decision") String decision) {
        if (!"approve".equals(decision) && !"reject".equals(decision)) {
            return page(400, "Choose", "<p>decision must be approve or reject</p>");
        }
        try {
            boolean approve = "approve".equals(decision);
            View decided = switch (kind == null ? "" : kind) {
                case "agent" -> View.of(altinn.authentication().agents().decide(requestId, approve));
                case "change" -> View.of(altinn.authentication().changes().decide(requestId, approve));
                default -> View.of(altinn.authentication().decide(requestId, approve));
            };
            String back = decided.redirectUrl() == null
                    ? ""
                    : "<p><a href=\"" + esc(decided.redirectUrl()) + "\">Back to the system</a></p>";
            return page(200, decided.status(), "<p id=\"status\">" + esc(decided.status()) + "</p>" + back);
        } catch (AltinnRefusal refusal) {
            return page(refusal.status(), "Not possible", "<p>" + esc(refusal.getMessage()) + "</p>");
        }
    }

    private View view(String requestId, String kind) {
        return switch (kind == null ? "" : kind) {
            case "agent" -> View.of(altinn.authentication().agents().request(requestId));
            case "change" -> View.of(altinn.authentication().changes().request(requestId));
            default -> View.of(altinn.authentication().request(requestId));
        };
    }

    /** What the page shows of a standard, agent or change request. */
    record View(String title, String text, String status, String redirectUrl) {

        static View of(SystemUserRequest request) {
            boolean agent = request.confirmUrl() != null && request.confirmUrl().endsWith("kind=agent");
            return new View(
                    agent ? "Approve an agent system user" : "Approve a system user",
                    "The system <b>" + esc(request.systemId()) + "</b> asks organisation <b>"
                            + esc(request.partyOrgNo()) + "</b> for " + (agent ? "an agent" : "a")
                            + " system user <code>" + esc(request.externalRef())
                            + "</code> with the access packages <code>"
                            + esc(String.join(", ", request.accessPackages())) + "</code>"
                            + (agent ? ", to act for the clients that delegate to it." : "."),
                    request.status(),
                    request.redirectUrl());
        }

        static View of(ChangeRequest request) {
            return new View(
                    "Approve a change to a system user",
                    "The system <b>" + esc(request.systemId()) + "</b> asks organisation <b>"
                            + esc(request.partyOrgNo()) + "</b> to add the access packages <code>"
                            + esc(String.join(", ", request.requiredAccessPackages()))
                            + "</code> and remove <code>"
                            + esc(String.join(", ", request.unwantedAccessPackages()))
                            + "</code> on its system user <code>" + esc(request.systemUserId()) + "</code>.",
                    request.status(),
                    request.redirectUrl());
        }
    }

    private static Response page(int status, String title, String body) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML + ";charset=utf-8")
                .entity("<!doctype html>\n"
                        + "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(title)
                        + " – Altinn (sandbox)</title></head><body><h1>" + esc(title) + "</h1>" + body
                        + "</body></html>")
                .build();
    }

    static String esc(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;")
                        .replace("'", "&#39;");
    }
}
