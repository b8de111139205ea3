package no.kurer.systemuser.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import no.kurer.altinn.control.AltinnRefused;
import no.kurer.altinn.control.AltinnSettings;
import no.kurer.altinn.control.AltinnUnreachable;
import no.kurer.maskinporten.control.AccessTokens;
import no.kurer.maskinporten.entity.SystemUserReference;
import no.kurer.maskinporten.entity.TokenRequest;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * {@link SystemUserApi} over {@link AltinnAuthenticationClient}, authorized with Kurer's own Maskinporten token
 * carrying the scope each call needs. The base URL is {@code altinn.base-url} + {@code /authentication/api/v1}, read
 * at every call, so a change in the console applies at once.
 */
@ApplicationScoped
public class AltinnSystemUserApi implements SystemUserApi {

    public static final String API_PATH = "/authentication/api/v1";
    public static final String SYSTEMREGISTER_WRITE = "altinn:authentication/systemregister.write";
    public static final String REQUEST_WRITE = "altinn:authentication/systemuser.request.write";
    public static final String REQUEST_READ = "altinn:authentication/systemuser.request.read";
    public static final String CLIENTS_READ = "altinn:clientdelegations.read";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AltinnSettings altinn;

    @Inject
    SystemUserSettings settings;

    @Inject
    AccessTokens maskinporten;

    private String clientBase;
    private AltinnAuthenticationClient client;

    @Override
    public void createOrUpdateSystem(SystemDefinition system) {
        String body = write(systemJson(system));
        Response created =
                call("POST /systemregister/vendor", () -> api().createSystem(bearer(SYSTEMREGISTER_WRITE), body));
        if (created.getStatus() == 409) {
            expect2xx(
                    "PUT /systemregister/vendor/" + system.systemId(),
                    call(
                            "PUT /systemregister/vendor/" + system.systemId(),
                            () -> api().updateSystem(bearer(SYSTEMREGISTER_WRITE), system.systemId(), body)));
        } else {
            expect2xx("POST /systemregister/vendor", created);
        }
    }

    @Override
    public void setAccessPackages(String systemId, List<String> accessPackages) {
        String body =
                write(accessPackages.stream().map(urn -> Map.of("urn", urn)).toList());
        String call = "PUT /systemregister/vendor/" + systemId + "/accesspackages";
        expect2xx(call, call(call, () -> api().setAccessPackages(bearer(SYSTEMREGISTER_WRITE), systemId, body)));
    }

    @Override
    public RequestState requestSystemUser(
            String systemId, String partyOrgno, String externalRef, List<String> accessPackages, String redirectUrl) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("externalRef", externalRef);
        request.put("systemId", systemId);
        request.put("partyOrgNo", partyOrgno);
        request.put("rights", List.of());
        request.put(
                "accessPackages",
                accessPackages.stream().map(urn -> Map.of("urn", urn)).toList());
        if (redirectUrl != null) {
            request.put("redirectUrl", redirectUrl);
        }
        String call = "POST /systemuser/request/vendor";
        Response response = call(call, () -> api().createRequest(bearer(REQUEST_WRITE), write(request)));
        try {
            return state(call, expect2xx(call, response));
        } catch (AltinnRefused refused) {
            if (refused.altinnStatus() == 400 && refused.mentions("SystemUser_AlreadyExists")) {
                String lookup = "GET /systemuser/request/vendor/byexternalref/" + systemId + "/" + partyOrgno + "/"
                        + externalRef;
                Response existing = call(
                        lookup,
                        () -> api().requestByExternalRef(
                                        bearer(REQUEST_READ, REQUEST_WRITE), systemId, partyOrgno, externalRef));
                if (existing.getStatus() == 404) {
                    return new RequestState(null, "Accepted", null);
                }
                return state(lookup, expect2xx(lookup, existing));
            }
            throw refused;
        }
    }

    @Override
    public RequestState request(String requestId) {
        String call = "GET /systemuser/request/vendor/" + requestId;
        return state(
                call, expect2xx(call, call(call, () -> api().request(bearer(REQUEST_READ, REQUEST_WRITE), requestId))));
    }

    @Override
    public RequestState requestAgent(
            String systemId,
            String providerOrgno,
            String externalRef,
            List<String> accessPackages,
            String redirectUrl) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("externalRef", externalRef);
        request.put("systemId", systemId);
        request.put("partyOrgNo", providerOrgno);
        request.put(
                "accessPackages",
                accessPackages.stream().map(urn -> Map.of("urn", urn)).toList());
        if (redirectUrl != null) {
            request.put("redirectUrl", redirectUrl);
        }
        String call = "POST /systemuser/request/vendor/agent";
        Response response = call(call, () -> api().createAgentRequest(bearer(REQUEST_WRITE), write(request)));
        try {
            return state(call, expect2xx(call, response));
        } catch (AltinnRefused refused) {
            if (refused.altinnStatus() == 400 && refused.mentions("SystemUser_AlreadyExists")) {
                String lookup = "GET /systemuser/request/vendor/agent/byexternalref/" + systemId + "/" + providerOrgno
                        + "/" + externalRef;
                Response existing = call(
                        lookup,
                        () -> api().agentRequestByExternalRef(
                                        bearer(REQUEST_READ, REQUEST_WRITE), systemId, providerOrgno, externalRef));
                if (existing.getStatus() == 404) {
                    return new RequestState(null, "Accepted", null);
                }
                return state(lookup, expect2xx(lookup, existing));
            }
            throw refused;
        }
    }

    @Override
    public RequestState agentRequest(String requestId) {
        String call = "GET /systemuser/request/vendor/agent/" + requestId;
        return state(
                call,
                expect2xx(call, call(call, () -> api().agentRequest(bearer(REQUEST_READ, REQUEST_WRITE), requestId))));
    }

    @Override
    public String systemUserId(SystemUserReference user, String scope) {
        String token = maskinporten.accessToken(systemUserToken(user, scope));
        String from = "Maskinporten's system user token for " + user.orgno() + "/" + user.externalRef();
        String systemUserId;
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
            JsonNode id = claims.path("authorization_details").path(0).path("systemuser_id");
            systemUserId = id.isArray() ? id.path(0).asText(null) : id.asText(null);
        } catch (IOException | RuntimeException e) {
            throw AltinnUnreachable.authentication(from, "is not a readable JWT");
        }
        if (systemUserId == null || systemUserId.isBlank()) {
            throw AltinnUnreachable.authentication(from, "carries no systemuser_id");
        }
        return systemUserId;
    }

    @Override
    public DelegatedClients clients(String agentSystemUserId, SystemUserReference caller) {
        String call = "GET /enduser/systemuser/clients?agent=" + agentSystemUserId;
        String bearer = "Bearer " + maskinporten.accessToken(systemUserToken(caller, CLIENTS_READ));
        String body = expect2xx(call, call(call, () -> api().clients(bearer, agentSystemUserId)));
        try {
            JsonNode json = JSON.readTree(body);
            if (!json.path("data").isArray()) {
                throw AltinnUnreachable.authentication(call, "answered without a data list: " + excerpt(body));
            }
            List<Client> clients = new ArrayList<>();
            for (JsonNode each : json.path("data")) {
                String orgno = each.path("clientOrganizationNumber").asText(null);
                if (orgno != null) {
                    clients.add(new Client(
                            orgno, each.path("clientOrganizationName").asText(null)));
                }
            }
            String next = json.path("links").path("next").asText("");
            return new DelegatedClients(clients, next.isBlank());
        } catch (JsonProcessingException e) {
            throw AltinnUnreachable.authentication(call, "answered something that is not JSON: " + excerpt(body));
        }
    }

    @Override
    public RequestState requestChange(
            String correlationId, String systemUserId, List<String> requiredAccessPackages, String redirectUrl) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("requiredRights", List.of());
        request.put("unwantedRights", List.of());
        request.put(
                "requiredAccessPackages",
                requiredAccessPackages.stream().map(urn -> Map.of("urn", urn)).toList());
        request.put("unwantedAccessPackages", List.of());
        if (redirectUrl != null) {
            request.put("redirectUrl", redirectUrl);
        }
        String call = "POST /systemuser/changerequest/vendor?correlation-id=" + correlationId + "&system-user-id="
                + systemUserId;
        return state(
                call,
                expect2xx(
                        call,
                        call(
                                call,
                                () -> api().createChangeRequest(
                                                bearer(REQUEST_WRITE), correlationId, systemUserId, write(request)))));
    }

    @Override
    public RequestState changeRequest(String requestId) {
        String call = "GET /systemuser/changerequest/vendor/" + requestId;
        return state(
                call,
                expect2xx(call, call(call, () -> api().changeRequest(bearer(REQUEST_READ, REQUEST_WRITE), requestId))));
    }

    private static TokenRequest systemUserToken(SystemUserReference user, String scope) {
        return new TokenRequest(Set.of(scope), null, List.of(user.authorizationDetail()));
    }

    static Map<String, Object> systemJson(SystemDefinition system) {
        Map<String, String> name = Map.of("nb", system.name(), "nn", system.name(), "en", system.name());
        Map<String, String> description =
                Map.of("nb", system.description(), "nn", system.description(), "en", system.description());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", system.systemId());
        json.put("vendor", Map.of("authority", "iso6523-actorid-upis", "ID", "0192:" + system.vendorOrgno()));
        json.put("name", name);
        json.put("description", description);
        json.put("rights", List.of());
        json.put(
                "accessPackages",
                system.accessPackages().stream().map(urn -> Map.of("urn", urn)).toList());
        json.put("clientId", List.of(system.clientId()));
        json.put("isVisible", true);
        json.put("allowedRedirectUrls", system.redirectUrl() == null ? List.of() : List.of(system.redirectUrl()));
        return json;
    }

    private String bearer(String... scopes) {
        return "Bearer " + maskinporten.accessToken(TokenRequest.of(scopes));
    }

    private static Response call(String call, Supplier<Response> request) {
        try {
            Response response = request.get();
            response.bufferEntity();
            if (response.getStatus() >= 500) {
                throw AltinnUnreachable.authentication(call, "answered " + response.getStatus());
            }
            return response;
        } catch (ProcessingException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw AltinnUnreachable.authentication(call, cause.getClass().getSimpleName() + " " + cause.getMessage());
        }
    }

    private static String expect2xx(String call, Response response) {
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        if (response.getStatus() / 100 != 2) {
            throw AltinnRefused.authentication(call, response.getStatus(), excerpt(body));
        }
        return body;
    }

    private static RequestState state(String call, String body) {
        try {
            JsonNode json = JSON.readTree(body);
            String id = json.path("id").asText(null);
            String status = json.path("status").asText(null);
            if (id == null || status == null) {
                throw AltinnUnreachable.authentication(call, "answered without id and status: " + excerpt(body));
            }
            return new RequestState(id, status, json.path("confirmUrl").asText(null));
        } catch (JsonProcessingException e) {
            throw AltinnUnreachable.authentication(call, "answered something that is not JSON: " + excerpt(body));
        }
    }

    private synchronized AltinnAuthenticationClient api() {
        String url = altinn.url(API_PATH);
        if (client == null || !url.equals(clientBase)) {
            client = RestClientBuilder.newBuilder()
                    .baseUri(URI.create(url))
                    .connectTimeout(settings.apiConnectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(settings.apiReadTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .property("microprofile.rest.client.disable.default.mapper", true)
                    .build(AltinnAuthenticationClient.class);
            clientBase = url;
        }
        return client;
    }

    private static String write(Object json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String excerpt(String body) {
        String text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
