package no.kurer.systemuser.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.kurer.altinn.control.AltinnRefused;
import no.kurer.altinn.control.AltinnUnreachable;
import no.kurer.systemuser.control.SystemUserApi.Client;
import no.kurer.systemuser.control.SystemUserApi.DelegatedClients;
import no.kurer.systemuser.control.SystemUserApi.RequestState;
import no.kurer.systemuser.control.SystemUserApi.SystemDefinition;

/**
 * How {@link AltinnSystemUserApi} writes its bodies and reads Altinn Authentication's answers: a 5xx or no answer is
 * {@link AltinnUnreachable}, another status than 2xx {@link AltinnRefused}, a request's {@code id}, {@code status} and
 * {@code confirmUrl} a {@link RequestState}.
 */
final class AuthenticationAnswers {

    static final ObjectMapper JSON = new ObjectMapper();

    private AuthenticationAnswers() {}

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

    static Response call(String call, Supplier<Response> request) {
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

    static String expect2xx(String call, Response response) {
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        if (response.getStatus() / 100 != 2) {
            throw AltinnRefused.authentication(call, response.getStatus(), excerpt(body));
        }
        return body;
    }

    static RequestState state(String call, String body) {
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

    static String write(Object json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String excerpt(String body) {
        String text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }

    /** The {@code systemuser_id} of a Maskinporten system user token ({@code from} names it in a failure). */
    static String systemUserId(String token, String from) {
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

    /**
     * {@code next} as an address Kurer may send its token to: on {@code api}'s scheme, host and port, under its path;
     * otherwise {@link AltinnUnreachable} (Altinn answered something Kurer will not follow).
     */
    static URI nextPage(String call, String api, String next) {
        URI base = URI.create(api.endsWith("/") ? api : api + "/");
        URI page;
        try {
            page = new URI(next).normalize();
        } catch (URISyntaxException e) {
            throw AltinnUnreachable.authentication(call, "named a next page that is no address: " + excerpt(next));
        }
        if (!base.getScheme().equalsIgnoreCase(String.valueOf(page.getScheme()))
                || !base.getHost().equalsIgnoreCase(String.valueOf(page.getHost()))
                || port(base) != port(page)
                || page.getRawUserInfo() != null
                || page.getRawPath() == null
                || !page.getRawPath().startsWith(base.getRawPath())) {
            throw AltinnUnreachable.authentication(
                    call,
                    "named a next page outside " + base + ": " + excerpt(next)
                            + "; Kurer sends its token to Altinn only and did not follow it");
        }
        return page;
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
    }

    /** Altinn's list of an agent's clients ({@code data}, {@code links.next}), one page. */
    static DelegatedClients clients(String call, String body) {
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
            return new DelegatedClients(clients, next.isBlank() ? null : next);
        } catch (JsonProcessingException e) {
            throw AltinnUnreachable.authentication(call, "answered something that is not JSON: " + excerpt(body));
        }
    }
}
