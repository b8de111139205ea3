package no.kurer.sandbox.maskinporten.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import no.kurer.problems.Details;
import no.kurer.sandbox.boundary.Sandbox;
import no.kurer.sandbox.boundary.SandboxResponses;
import no.kurer.sandbox.maskinporten.control.AuthorizationServerMetadata;
import no.kurer.sandbox.maskinporten.control.TokenRefused;

@Path("/sandbox/maskinporten")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MaskinportenResource {

    @Inject
    Sandbox sandbox;

    @GET
    @Path(".well-known/oauth-authorization-server")
    public Response metadata() {
        return SandboxResponses.json(200, AuthorizationServerMetadata.of(sandbox.maskinportenIssuer()));
    }

    @GET
    @Path("jwk")
    public Response jwk() {
        return Response.ok(sandbox.signingKey().publicJwks(), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    /** Any body reaches this method, so that a request without a form still gets OAuth's error form. */
    @POST
    @Path("token")
    @Consumes(MediaType.WILDCARD)
    public Response token(@HeaderParam("Content-Type") String contentType, String body) {
        try {
            Map<String, String> form = TokenForm.read(contentType, body);
            var token = sandbox.tokenEndpoint().token(form.get("grant_type"), form.get("assertion"));
            return noStore(SandboxResponses.json(200, token.toJson()));
        } catch (TokenRefused refused) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("error", refused.error());
            error.put("error_description", Details.withoutClassNames(refused.description()));
            return noStore(SandboxResponses.json(400, error));
        }
    }

    private static Response noStore(Response response) {
        return Response.fromResponse(response)
                .header("Cache-Control", "no-store")
                .build();
    }
}
