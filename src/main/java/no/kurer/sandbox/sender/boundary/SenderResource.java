package no.kurer.sandbox.sender.boundary;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import no.kurer.sandbox.boundary.SandboxResponses;
import no.kurer.sandbox.ca.control.OrganisationNumbers;
import no.kurer.sandbox.sender.control.SendRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Path("/sandbox/sender/{avsender}")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, SandboxResponses.PROBLEM_JSON})
public class SenderResource {

    @Inject
    Senders senders;

    @Inject
    @ConfigProperty(name = "dpi.audience")
    Optional<String> audience;

    /**
     * Optional body {@code {"title","text","receiverOrgno","supplierOrgno"}}; 200 with the steps, the
     * forretningsmelding and the dokumentpakke when Kurer accepted the message and the package, 502 with the steps
     * when a call was refused.
     */
    @POST
    @Path("digitalpost")
    public Response send(@PathParam("avsender") String avsender, String body) {
        Response refused = refusal(avsender);
        if (refused != null) {
            return refused;
        }
        SendRequest request;
        try {
            request = body == null || body.isBlank()
                    ? SendRequest.defaults()
                    : SandboxResponses.JSON.readValue(body, SendRequest.class);
        } catch (JsonProcessingException e) {
            return invalid("The body must be {\"title\",\"text\",\"receiverOrgno\",\"supplierOrgno\"}.");
        }
        if (request.supplierOrgno() != null && !OrganisationNumbers.isValid(request.supplierOrgno())) {
            return invalid("supplierOrgno must be a nine-digit organisation number.");
        }
        var result = senders.sender(audience.get()).send(avsender, request);
        return SandboxResponses.json(result.accepted() ? 200 : 502, result.toJson());
    }

    /**
     * The sender's Maskinporten token for {@code dpi.audience} with the DPI scope, what it reads its receipts with:
     * the sandbox Maskinporten's answer ({@code access_token}, {@code expires_in}, …), 502 with the calls made when
     * one was refused. {@code ?supplier=<orgno>}: the token of that data processor acting for the sender.
     */
    @POST
    @Path("token")
    public Response token(@PathParam("avsender") String avsender, @QueryParam("supplier") String supplier) {
        Response refused = refusal(avsender);
        if (refused != null) {
            return refused;
        }
        if (supplier != null && !OrganisationNumbers.isValid(supplier)) {
            return invalid("supplier must be a nine-digit organisation number.");
        }
        var result = senders.sender(audience.get()).token(avsender, supplier);
        return result.token() == null
                ? SandboxResponses.json(502, Map.of("steps", result.steps()))
                : SandboxResponses.json(200, result.token());
    }

    private Response refusal(String avsender) {
        if (!OrganisationNumbers.isValid(avsender)) {
            return invalid("The avsender must be a nine-digit organisation number.");
        }
        if (audience.isEmpty() || audience.get().isBlank()) {
            return SandboxResponses.problem(
                    503,
                    "missing-configuration",
                    "Service Unavailable",
                    "dpi.audience is not configured; the sandbox sender needs it as the token's resource.");
        }
        return null;
    }

    private static Response invalid(String detail) {
        return SandboxResponses.problem(400, "sandbox-invalid-request", "Bad Request", detail);
    }
}
