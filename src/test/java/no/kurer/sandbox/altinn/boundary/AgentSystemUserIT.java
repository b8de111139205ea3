package no.kurer.sandbox.altinn.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kurer.sandbox.maskinporten.control.GrantFactory;
import no.kurer.testsupport.Corner1;
import no.kurer.testsupport.Kurer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sandbox's Altinn Authentication and Maskinporten over HTTP on a real Payara Micro: an agent system user is
 * requested and approved, a client delegates to it and gets tokens until it removes its delegation; a change request
 * for a standard system user is approved and changes its access packages.
 */
@ExtendWith(ArquillianExtension.class)
class AgentSystemUserIT {

    static final String VENDOR = "999888771";
    static final String PROVIDER = "991825827";
    static final String CLIENT = "310000001";
    static final String PACKAGE = "urn:altinn:accesspackage:informasjon-og-kommunikasjon";
    static final String EXTRA = "urn:altinn:accesspackage:post-og-arkiv";
    static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    static final String SYSTEM = VENDOR + "_agentit" + RUN;
    static final String CLIENT_ID = "agent-it-" + RUN;

    final Corner1 c1 = new Corner1(Kurer.base());
    final URI api = Kurer.base().resolve("/sandbox/altinn/authentication/api/v1/");

    @Deployment(testable = false)
    static WebArchive kurer() {
        return Kurer.war();
    }

    @Test
    void agentRequestApprovalClientDelegationAndTheClientsToken() {
        String vendor = vendorToken();
        register(vendor);

        HttpResponse<String> noPackages = call(
                "POST",
                "systemuser/request/vendor/agent",
                vendor,
                Map.of("systemId", SYSTEM, "partyOrgNo", PROVIDER, "accessPackages", List.of()));
        assertEquals(400, noPackages.statusCode(), noPackages.body());

        HttpResponse<String> created = call(
                "POST",
                "systemuser/request/vendor/agent",
                vendor,
                Map.of("systemId", SYSTEM, "partyOrgNo", PROVIDER, "accessPackages", List.of(Map.of("urn", PACKAGE))));
        assertEquals(201, created.statusCode(), created.body());
        JsonNode request = Corner1.readTree(created.body());
        assertEquals("New", request.path("status").asText());
        assertEquals("agent", request.path("userType").asText());
        assertEquals(PACKAGE, request.path("accessPackages").path(0).path("urn").asText());
        String confirmUrl = request.path("confirmUrl").asText();
        assertTrue(confirmUrl.contains("/sandbox/altinn/confirm/") && confirmUrl.endsWith("?kind=agent"), confirmUrl);

        HttpResponse<String> page =
                c1.send(HttpRequest.newBuilder(URI.create(confirmUrl)).build());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("agent system user") && page.body().contains("id=\"approve\""), page.body());
        assertTrue(decide(confirmUrl).contains("Accepted"));

        JsonNode accepted = Corner1.readTree(call(
                        "GET",
                        "systemuser/request/vendor/agent/" + request.path("id").asText(),
                        vendor,
                        null)
                .body());
        assertEquals("Accepted", accepted.path("status").asText(), accepted.toString());
        JsonNode byRef = Corner1.readTree(call(
                        "GET",
                        "systemuser/request/vendor/agent/byexternalref/" + SYSTEM + "/" + PROVIDER + "/" + PROVIDER,
                        vendor,
                        null)
                .body());
        assertEquals(request.path("id"), byRef.path("id"));

        // the test control answers 404 for an unknown agent system user
        HttpResponse<String> unknown = c1.send(HttpRequest.newBuilder(
                        Kurer.base().resolve("/sandbox/altinn/agents/" + UUID.randomUUID() + "/clients/" + CLIENT))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        assertEquals(404, unknown.statusCode(), unknown.body());

        // before any delegation: no token for a client
        HttpResponse<String> early = clientToken("310000002");
        assertEquals(400, early.statusCode(), early.body());
        assertEquals(
                "invalid_authorization_details",
                Corner1.readTree(early.body()).path("error").asText());
    }

    @Test
    void aClientDelegatesGetsTokensAndIsRemoved() {
        String vendor = vendorToken();
        register(vendor);
        String agent = approvedAgent(vendor);
        String clients = "enduser/systemuser/clients?agent=" + agent;

        HttpResponse<String> delegated = c1.send(
                HttpRequest.newBuilder(Kurer.base().resolve("/sandbox/altinn/agents/" + agent + "/clients/" + CLIENT))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
        assertEquals(200, delegated.statusCode(), delegated.body());
        String clientUuid = Corner1.readTree(delegated.body()).path("clientId").asText();

        String reader = token(VENDOR, "altinn:clientdelegations.read");
        JsonNode list = Corner1.readTree(call("GET", clients, reader, null).body());
        assertEquals(
                CLIENT,
                list.path("data").path(0).path("clientOrganizationNumber").asText(),
                list.toString());
        assertEquals(
                agent, list.path("systemUserInformation").path("systemUserId").asText());
        assertEquals(
                403,
                call("POST", clients + "&client=" + clientUuid, reader, null).statusCode(),
                "read only");
        assertEquals(
                403,
                call("GET", clients, token("123456789", "altinn:clientdelegations.read"), null)
                        .statusCode());

        HttpResponse<String> token = clientToken(CLIENT);
        assertEquals(200, token.statusCode(), token.body());
        JsonNode detail = payload(
                        Corner1.readTree(token.body()).path("access_token").asText())
                .path("authorization_details")
                .path(0);
        assertEquals("0192:" + CLIENT, detail.path("systemuser_org").path("ID").asText(), detail.toString());
        assertEquals(agent, detail.path("systemuser_id").path(0).asText());
        assertEquals(SYSTEM, detail.path("system_id").asText());

        String writer = token(VENDOR, "altinn:clientdelegations.write");
        HttpResponse<String> removed = call("DELETE", clients + "&client=" + clientUuid, writer, null);
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals(
                0,
                Corner1.readTree(call("GET", clients, reader, null).body())
                        .path("data")
                        .size());
        HttpResponse<String> refused = clientToken(CLIENT);
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(
                "invalid_authorization_details",
                Corner1.readTree(refused.body()).path("error").asText());
        assertEquals(
                404,
                call("DELETE", clients + "&client=" + clientUuid, writer, null).statusCode());

        // the provider's client administrator delegates again through the API (the sandbox has no
        // clients/available list, so it names the client by its orgno): tokens again
        assertEquals(
                400,
                call("POST", clients + "&client=" + UUID.randomUUID(), writer, null)
                        .statusCode(),
                "an unknown party");
        assertEquals(
                200, call("POST", clients + "&client=" + CLIENT, writer, null).statusCode());
        assertEquals(200, clientToken(CLIENT).statusCode());
    }

    @Test
    void aChangeRequestIsApprovedAndChangesTheSystemUsersPackages() {
        String vendor = vendorToken();
        register(vendor);
        String customer = "310000099";
        JsonNode request = Corner1.readTree(call(
                        "POST",
                        "systemuser/request/vendor",
                        vendor,
                        Map.of(
                                "systemId",
                                SYSTEM,
                                "partyOrgNo",
                                customer,
                                "accessPackages",
                                List.of(Map.of("urn", PACKAGE))))
                .body());
        decide(request.path("confirmUrl").asText());
        JsonNode accepted = Corner1.readTree(
                call("GET", "systemuser/request/vendor/" + request.path("id").asText(), vendor, null)
                        .body());
        assertEquals("Accepted", accepted.path("status").asText(), accepted.toString());
        // the standard API does not show the system user id; the token for the customer carries it
        String systemUserId = payload(Corner1.readTree(systemUserToken(customer).body())
                        .path("access_token")
                        .asText())
                .path("authorization_details")
                .path(0)
                .path("systemuser_id")
                .path(0)
                .asText();

        String correlation = UUID.randomUUID().toString();
        String path =
                "systemuser/changerequest/vendor?correlation-id=" + correlation + "&system-user-id=" + systemUserId;
        Map<String, Object> body = Map.of("requiredAccessPackages", List.of(Map.of("urn", EXTRA)));
        assertEquals(
                400,
                call("POST", "systemuser/changerequest/vendor?system-user-id=" + systemUserId, vendor, body)
                        .statusCode(),
                "no correlation-id");
        HttpResponse<String> created = call("POST", path, vendor, body);
        assertEquals(201, created.statusCode(), created.body());
        JsonNode change = Corner1.readTree(created.body());
        assertEquals("New", change.path("status").asText());
        assertEquals(
                EXTRA, change.path("requiredAccessPackages").path(0).path("urn").asText());
        assertEquals(200, call("POST", path, vendor, body).statusCode(), "the same correlation-id");
        assertTrue(decide(change.path("confirmUrl").asText()).contains("Accepted"));
        assertEquals(
                "Accepted",
                Corner1.readTree(call("GET", "systemuser/changerequest/vendor/" + correlation, vendor, null)
                                .body())
                        .path("status")
                        .asText());
        JsonNode after = Corner1.readTree(
                call("GET", "systemuser/request/vendor/" + request.path("id").asText(), vendor, null)
                        .body());
        assertEquals(2, after.path("accessPackages").size(), after.toString());
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private void register(String vendor) {
        HttpResponse<String> registered = call(
                "POST",
                "systemregister/vendor",
                vendor,
                Map.of(
                        "id", SYSTEM,
                        "vendor", Map.of("authority", "iso6523-actorid-upis", "ID", "0192:" + VENDOR),
                        "name", Map.of("nb", "Agent IT", "nn", "Agent IT", "en", "Agent IT"),
                        "clientId", List.of(CLIENT_ID),
                        "accessPackages", List.of(Map.of("urn", PACKAGE), Map.of("urn", EXTRA))));
        assertTrue(registered.statusCode() == 200 || registered.statusCode() == 409, registered.body());
    }

    private String approvedAgent(String vendor) {
        String ref = "agent-" + UUID.randomUUID();
        JsonNode request = Corner1.readTree(call(
                        "POST",
                        "systemuser/request/vendor/agent",
                        vendor,
                        Map.of(
                                "systemId",
                                SYSTEM,
                                "partyOrgNo",
                                PROVIDER,
                                "externalRef",
                                ref,
                                "accessPackages",
                                List.of(Map.of("urn", PACKAGE))))
                .body());
        decide(request.path("confirmUrl").asText());
        // the provider finds its agent system users' ids as Altinn lists them
        JsonNode agents = Corner1.readTree(call(
                        "GET",
                        "enduser/systemuser/agents?party=" + PROVIDER,
                        token(PROVIDER, "altinn:clientdelegations.read"),
                        null)
                .body());
        for (JsonNode agent : agents) {
            if (agent.path("externalRef").asText().equals(ref)) {
                assertEquals("agent", agent.path("userType").asText());
                assertEquals(SYSTEM, agent.path("systemId").asText());
                return agent.path("id").asText();
            }
        }
        throw new AssertionError("no agent system user " + ref + " in " + agents);
    }

    private String decide(String confirmUrl) {
        HttpResponse<String> decided = c1.send(HttpRequest.newBuilder(URI.create(confirmUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("decision=approve"))
                .build());
        assertEquals(200, decided.statusCode(), decided.body());
        return decided.body();
    }

    private String vendorToken() {
        return token(
                VENDOR,
                "altinn:authentication/systemregister.write altinn:authentication/systemuser.request.write "
                        + "altinn:authentication/systemuser.request.read");
    }

    private String token(String orgno, String scope) {
        return c1.token(new GrantFactory(c1.identity(orgno), c1.issuer(), Clock.systemUTC()).scope(scope));
    }

    private HttpResponse<String> clientToken(String clientOrgno) {
        return grant(clientOrgno, null);
    }

    private HttpResponse<String> systemUserToken(String orgno) {
        return grant(orgno, null);
    }

    private HttpResponse<String> grant(String orgno, String externalRef) {
        Map<String, Object> detail = externalRef == null
                ? Map.of("type", "urn:altinn:systemuser", "systemuser_org", org(orgno))
                : Map.of("type", "urn:altinn:systemuser", "systemuser_org", org(orgno), "externalRef", externalRef);
        String grant = new GrantFactory(c1.identity(VENDOR), c1.issuer(), Clock.systemUTC())
                .clientId(CLIENT_ID)
                .scope("altinn:broker.read")
                .claim("authorization_details", List.of(detail))
                .sign();
        String form =
                "grant_type=" + URLEncoder.encode("urn:ietf:params:oauth:grant-type:jwt-bearer", StandardCharsets.UTF_8)
                        + "&assertion=" + URLEncoder.encode(grant, StandardCharsets.UTF_8);
        return c1.send(HttpRequest.newBuilder(Kurer.base().resolve("/sandbox/maskinporten/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private static Map<String, String> org(String orgno) {
        return Map.of("authority", "iso6523-actorid-upis", "ID", "0192:" + orgno);
    }

    private HttpResponse<String> call(String method, String path, String token, Object body) {
        HttpRequest.BodyPublisher publisher =
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(write(body));
        return c1.send(HttpRequest.newBuilder(api.resolve(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, publisher)
                .build());
    }

    private static String write(Object body) {
        try {
            return Corner1.JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode payload(String jwt) {
        return Corner1.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
