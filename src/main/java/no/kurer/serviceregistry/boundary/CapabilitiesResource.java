package no.kurer.serviceregistry.boundary;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import no.kurer.serviceregistry.control.Capabilities;

/**
 * NextMove's {@code GET /api/capabilities/{receiverIdentifier}?securityLevel=&process=}: {@code
 * {"capabilities":[{"process","serviceIdentifier","documentTypes":[{"type","standard"}]}]}}, answered from the
 * service registry; 404 when the registry does not know the receiver.
 */
@Path("/api/capabilities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CapabilitiesResource {

    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    @Inject
    Capabilities capabilities;

    @GET
    @Path("{receiverIdentifier}")
    public String capabilities(
            @PathParam("receiverIdentifier") String receiverIdentifier,
            @QueryParam("securityLevel") Integer securityLevel,
            @QueryParam("process") String process)
            throws JsonProcessingException {
        return JSON.writeValueAsString(
                Map.of("capabilities", capabilities.of(receiverIdentifier, securityLevel, blankIsNone(process))));
    }

    private static String blankIsNone(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
