package no.kurer.sandbox.ca.boundary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kurer.sandbox.boundary.Sandbox;
import no.kurer.sandbox.boundary.SandboxResponses;
import no.kurer.sandbox.ca.control.OrganisationNumbers;
import no.kurer.sandbox.ca.control.Pem;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;

@Path("/sandbox/ca")
@RequestScoped
public class CertificateAuthorityResource {

    @Inject
    Sandbox sandbox;

    /**
     * {@code {"orgno","name","persistent"}} → {@code {"certificateChain":[leaf, root] (base64 DER),
     * "privateKey":"<PKCS#8 PEM>"}}. With {@code "persistent":true} the organisation's one kept identity (issued on
     * first use), whose certificate {@code organisations.pem} lists; else a fresh one. Sandbox only.
     */
    @POST
    @Path("enterprise-certificates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, SandboxResponses.PROBLEM_JSON})
    public Response issue(String body) {
        JsonNode request;
        try {
            request = SandboxResponses.JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (JsonProcessingException e) {
            return SandboxResponses.problem(400, "sandbox-invalid-request", "Bad Request", "The body is not JSON.");
        }
        String orgno = request.path("orgno").asText(null);
        if (!OrganisationNumbers.isValid(orgno)) {
            return SandboxResponses.problem(
                    400, "sandbox-invalid-request", "Bad Request", "orgno must be a nine-digit organisation number.");
        }
        String name = request.path("name").asText("Sandbox " + orgno);
        EnterpriseIdentity identity = request.path("persistent").asBoolean(false)
                ? sandbox.ca().persistentIdentity(orgno, name)
                : sandbox.ca().issue(orgno, name);
        return SandboxResponses.json(200, toJson(identity));
    }

    @GET
    @Path("ca.pem")
    @Produces("application/x-pem-file")
    public String caPem() {
        return sandbox.ca().pem();
    }

    /** The sandbox organisations' certificates, what {@code dpo.receiver-certificates} points at in the sandbox. */
    @GET
    @Path("organisations.pem")
    @Produces("application/x-pem-file")
    public String organisationsPem() {
        return sandbox.ca().organisationsPem();
    }

    static Map<String, Object> toJson(EnterpriseIdentity identity) {
        List<String> chain = new ArrayList<>();
        for (X509Certificate certificate : identity.chain()) {
            try {
                chain.add(Base64.getEncoder().encodeToString(certificate.getEncoded()));
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("orgno", identity.orgno());
        json.put("certificateChain", chain);
        json.put("privateKey", Pem.privateKey(identity.privateKey()));
        return json;
    }
}
