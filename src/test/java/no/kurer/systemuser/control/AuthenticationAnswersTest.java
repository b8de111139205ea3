package no.kurer.systemuser.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import no.kurer.altinn.control.AltinnUnreachable;
import no.kurer.systemuser.control.SystemUserApi.Client;
import no.kurer.systemuser.control.SystemUserApi.DelegatedClients;
import org.junit.jupiter.api.Test;

/** Reading Altinn's client list and a system user token's systemuser_id, in the shapes docs/altinn-agent-system-users.md records. */
class AuthenticationAnswersTest {

    static final String CALL = "GET /enduser/systemuser/clients?agent=a1";

    @Test
    void readsTheDelegatedClientsOfAnAgent() {
        DelegatedClients clients = AuthenticationAnswers.clients(CALL, """
                {"links":{},"data":[
                  {"clientId":"6b0d…","clientOrganizationNumber":"310000001","clientOrganizationName":"Client One"},
                  {"clientId":"7c1e…","clientOrganizationNumber":"310000002","clientOrganizationName":"Client Two"}],
                 "systemUserInformation":{"systemUserId":"a1","systemUserOwnerOrg":"991825827"}}""");

        assertEquals(
                List.of(new Client("310000001", "Client One"), new Client("310000002", "Client Two")),
                clients.clients());
        assertTrue(clients.complete());
        assertTrue(clients.contains("310000002"));
        assertTrue(AuthenticationAnswers.clients(CALL, "{\"links\":{\"next\":null},\"data\":[]}")
                .complete());
    }

    @Test
    void aListWithANextPageIsNotComplete() {
        DelegatedClients first = AuthenticationAnswers.clients(
                CALL,
                "{\"links\":{\"next\":\"https://platform.tt02.altinn.no/authentication/api/v1/enduser/systemuser/"
                        + "clients?agent=a1&page=2\"},\"data\":[]}");
        assertFalse(first.complete());
        assertEquals(
                "https://platform.tt02.altinn.no/authentication/api/v1/enduser/systemuser/clients?agent=a1&page=2",
                first.next());
    }

    @Test
    void aNextPageIsFollowedOnlyUnderAltinnsAuthenticationApi() {
        String api = "https://platform.tt02.altinn.no/authentication/api/v1";
        String next = api + "/enduser/systemuser/clients?agent=a1&page=2";
        assertEquals(next, AuthenticationAnswers.nextPage(CALL, api, next).toString());
        assertEquals(
                "https://platform.tt02.altinn.no:443/authentication/api/v1/enduser/systemuser/clients?page=2",
                AuthenticationAnswers.nextPage(
                                CALL,
                                api,
                                "https://platform.tt02.altinn.no:443/authentication/api/v1/enduser/systemuser/clients?page=2")
                        .toString());
        for (String foreign : List.of(
                "https://evil.example/authentication/api/v1/enduser/systemuser/clients?page=2",
                "https://platform.tt02.altinn.no.evil.example/authentication/api/v1/enduser/systemuser/clients",
                "https://platform.tt02.altinn.no@evil.example/authentication/api/v1/enduser/systemuser/clients",
                "https://user@platform.tt02.altinn.no/authentication/api/v1/enduser/systemuser/clients",
                "http://platform.tt02.altinn.no/authentication/api/v1/enduser/systemuser/clients",
                "https://platform.tt02.altinn.no:8443/authentication/api/v1/enduser/systemuser/clients",
                "https://platform.tt02.altinn.no/storage/api/v1/instances",
                "https://platform.tt02.altinn.no/authentication/api/v1/../../../storage/api/v1/instances",
                "/authentication/api/v1/enduser/systemuser/clients?page=2",
                "not an address at all")) {
            AltinnUnreachable refused =
                    assertThrows(AltinnUnreachable.class, () -> AuthenticationAnswers.nextPage(CALL, api, foreign));
            assertTrue(
                    refused.detail().contains("did not follow it")
                            || refused.detail().contains("no address"),
                    foreign);
        }
    }

    @Test
    void anAnswerThatIsNoClientListIsAFailureNotAnEmptyList() {
        assertThrows(AltinnUnreachable.class, () -> AuthenticationAnswers.clients(CALL, "{\"links\":{}}"));
        assertThrows(AltinnUnreachable.class, () -> AuthenticationAnswers.clients(CALL, "<html>"));
    }

    @Test
    void readsTheSystemUserIdOfAToken() {
        assertEquals(
                "su-1",
                AuthenticationAnswers.systemUserId(
                        jwt(
                                "{\"authorization_details\":[{\"type\":\"urn:altinn:systemuser\",\"systemuser_id\":[\"su-1\"]}]}"),
                        "token"));
        assertThrows(
                AltinnUnreachable.class,
                () -> AuthenticationAnswers.systemUserId(jwt("{\"scope\":\"altinn:broker.read\"}"), "token"));
        assertThrows(AltinnUnreachable.class, () -> AuthenticationAnswers.systemUserId("not-a-jwt", "token"));
    }

    static String jwt(String payload) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".sig";
    }
}
