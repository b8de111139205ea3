package no.kurer.systemuser.control;

import static no.kurer.systemuser.control.AuthenticationAnswers.call;
import static no.kurer.systemuser.control.AuthenticationAnswers.expect2xx;
import static no.kurer.systemuser.control.AuthenticationAnswers.state;
import static no.kurer.systemuser.control.AuthenticationAnswers.systemJson;
import static no.kurer.systemuser.control.AuthenticationAnswers.write;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kurer.altinn.control.AltinnRefused;
import no.kurer.altinn.control.AltinnSettings;
import no.kurer.maskinporten.control.AccessTokens;
import no.kurer.maskinporten.entity.SystemUserReference;
import no.kurer.maskinporten.entity.TokenRequest;

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
        return AuthenticationAnswers.systemUserId(
                token, "Maskinporten's system user token for " + user.orgno() + "/" + user.externalRef());
    }

    @Override
    public DelegatedClients clients(String agentSystemUserId, SystemUserReference caller) {
        String call = "GET /enduser/systemuser/clients?agent=" + agentSystemUserId;
        String bearer = "Bearer " + maskinporten.accessToken(systemUserToken(caller, CLIENTS_READ));
        String body = expect2xx(call, call(call, () -> api().clients(bearer, agentSystemUserId)));
        return AuthenticationAnswers.clients(call, body);
    }

    @Override
    public DelegatedClients nextClients(String next, SystemUserReference caller) {
        String call = "GET " + next;
        URI page = AuthenticationAnswers.nextPage(call, altinn.url(API_PATH), next);
        String bearer = "Bearer " + maskinporten.accessToken(systemUserToken(caller, CLIENTS_READ));
        AltinnAuthenticationClient pageClient = AuthenticationClients.on(page, settings);
        try {
            return AuthenticationAnswers.clients(call, expect2xx(call, call(call, () -> pageClient.page(bearer))));
        } finally {
            AuthenticationClients.close(pageClient);
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

    private String bearer(String... scopes) {
        return "Bearer " + maskinporten.accessToken(TokenRequest.of(scopes));
    }

    private synchronized AltinnAuthenticationClient api() {
        String url = altinn.url(API_PATH);
        if (client == null || !url.equals(clientBase)) {
            client = AuthenticationClients.on(URI.create(url), settings);
            clientBase = url;
        }
        return client;
    }
}
