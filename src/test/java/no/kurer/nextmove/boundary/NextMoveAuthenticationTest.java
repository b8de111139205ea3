package no.kurer.nextmove.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import no.kurer.testsupport.Admin;
import org.junit.jupiter.api.Test;

class NextMoveAuthenticationTest {

    @Test
    void basicCredentialsAreUserAndPasswordWhichMayHoldAColon() {
        assertArrayEquals(
                new String[] {"fagsystem", "kurer:nextmove"},
                NextMoveAuthentication.basic(Admin.basic("fagsystem", "kurer:nextmove")));
    }

    @Test
    void otherSchemesAndUnreadableHeadersAreNoCredentials() {
        assertNull(NextMoveAuthentication.basic(null));
        assertNull(NextMoveAuthentication.basic("Bearer abc"));
        assertNull(NextMoveAuthentication.basic("Basic !!!"));
        assertNull(NextMoveAuthentication.basic(
                "Basic " + java.util.Base64.getEncoder().encodeToString("nocolon".getBytes())));
    }
}
