package no.kurer.sandbox.sender.boundary;

import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.kurer.sandbox.boundary.SandboxResponses;
import no.kurer.sandbox.ca.control.OrganisationNumbers;
import no.kurer.sandbox.sender.control.SendRequest;

@Path("/sandbox/sender/{avsender}/digitalpost")
@RequestScoped
public class SenderResource {

    @Inject
    Senders senders;

    @Inject
    @ConfigProperty(name = "dpi.audience")
    Optional<String> audience;

    /**
     * Optional body {@code {"title","text","receiverOrgno","supplierOrgno"}}; 200 with the steps when
     * Kurer accepted the message and the package, 502 with the steps when a call was refused.
     */
    @POST
    @Produces({ MediaType.APPLICATION_JSON, SandboxResponses.PROBLEM_JSON })
    public Response send(@PathParam("avsender") String avsender, String body) {
        if (!OrganisationNumbers.isValid(avsender)) {
            return SandboxResponses.problem(400, "sandbox-invalid-request", "Bad Request",
                    "The avsender must be a nine-digit organisation number.");
        }
        if (audience.isEmpty() || audience.get().isBlank()) {
            return SandboxResponses.problem(503, "missing-configuration", "Service Unavailable",
                    "dpi.audience is not configured; the sandbox sender needs it as the token's resource.");
        }
        SendRequest request;
        try {
            request = body == null || body.isBlank() ? SendRequest.defaults()
                    : SandboxResponses.JSON.readValue(body, SendRequest.class);
        } catch (JsonProcessingException e) {
            return SandboxResponses.problem(400, "sandbox-invalid-request", "Bad Request",
                    "The body must be {\"title\",\"text\",\"receiverOrgno\",\"supplierOrgno\"}.");
        }
        if (request.supplierOrgno() != null && !OrganisationNumbers.isValid(request.supplierOrgno())) {
            return SandboxResponses.problem(400, "sandbox-invalid-request", "Bad Request",
                    "supplierOrgno must be a nine-digit organisation number.");
        }
        var result = senders.sender(audience.get()).send(avsender, request);
        return SandboxResponses.json(result.accepted() ? 200 : 502, result.toJson());
    }
}
