package no.kurer.admin.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.kurer.organisation.control.InvalidOrganisation;
import no.kurer.organisation.control.OrganisationEnrolment.Request;
import no.kurer.organisation.entity.Organisation.Access;
import org.junit.jupiter.api.Test;

class OrganisationInputTest {

    @Test
    void everyFieldIsReadAndAStandardOrganisationIsOnboardedUnlessTheAdministratorSaysNot() {
        Request request = OrganisationInput.parse("""
                {"orgno":" 910753614 ","name":"Kommune","access":"standard","nextmoveUsers":["sak","arkiv","sak",""],
                 "userName":"kurer-2"}""");
        assertEquals("910753614", request.orgno());
        assertEquals("Kommune", request.name());
        assertEquals(Access.STANDARD, request.access());
        assertEquals(List.of("sak", "arkiv"), request.nextmoveUsers());
        assertEquals("kurer-2", request.userName());
        assertNull(request.agentRegistration());
        assertTrue(request.onboards(), "onboarded by default");

        assertFalse(OrganisationInput.parse("{\"orgno\":\"910753614\",\"onboard\":false}")
                .onboards());
        Request client = OrganisationInput.parse(
                "{\"orgno\":\"910753614\",\"access\":\"AGENT_CLIENT\",\"agentRegistration\":\"7\",\"onboard\":true}");
        assertEquals(7L, client.agentRegistration());
        assertFalse(client.onboards(), "a client of an agent has the agent's system user, no onboarding of its own");
        assertEquals(12L, OrganisationInput.parse("{\"agentRegistration\":12}").agentRegistration());
        assertNull(OrganisationInput.parse("{\"userName\":\"  \"}").userName(), "blank is the default");
    }

    @Test
    void aValueOfTheWrongKindIsRefusedNamingTheField() {
        assertRefused("{\"orgno\":910753614}", "'orgno' is not a string");
        assertRefused("{\"orgno\":\"910753614\",\"access\":\"AGENT\"}", "STANDARD or AGENT_CLIENT");
        assertRefused("{\"nextmoveUsers\":\"sak\"}", "'nextmoveUsers' is an array");
        assertRefused("{\"nextmoveUsers\":[1]}", "'nextmoveUsers' is an array");
        assertRefused("{\"onboard\":\"yes\"}", "'onboard' is true or false");
        assertRefused("{\"agentRegistration\":\"seven\"}", "'agentRegistration'");
        assertRefused("{\"agentRegistration\":1.5}", "'agentRegistration'");
        assertRefused("[]", "not a JSON object");
        assertRefused("", "not a JSON object");
        assertRefused("{\"orgno\":", "not JSON");
        assertEquals(List.of("a", "b"), OrganisationInput.users("{\"nextmoveUsers\":[\"a\",\"b\"]}"));
    }

    private static void assertRefused(String body, String expected) {
        InvalidOrganisation refused = assertThrows(InvalidOrganisation.class, () -> OrganisationInput.parse(body));
        assertEquals(400, refused.status());
        assertTrue(refused.detail().contains(expected), refused.detail());
        assertFalse(refused.detail().contains("Exception") || refused.detail().contains("java."), refused.detail());
    }
}
