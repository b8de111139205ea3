package no.kurer.systemuser.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.kurer.altinn.control.AltinnSettings;
import no.kurer.altinn.control.AltinnUnreachable;
import no.kurer.configuration.Settings;
import no.kurer.maskinporten.entity.SystemUserReference;
import no.kurer.maskinporten.entity.TokenRequest;
import org.junit.jupiter.api.Test;

/** A next page of clients off Altinn: Kurer asks Maskinporten for no token and sends nothing. */
class AltinnSystemUserApiTest {

    final List<TokenRequest> tokensAsked = new ArrayList<>();
    final AltinnSystemUserApi cut = new AltinnSystemUserApi();

    @Test
    void aNextLinkToAnotherHostIsRefusedBeforeAnyTokenIsAsked() {
        cut.altinn = new AltinnSettings(new Settings(key -> Optional.ofNullable(
                Map.of("altinn.base-url", "https://platform.tt02.altinn.no/").get(key))));
        cut.maskinporten = request -> {
            tokensAsked.add(request);
            return "token";
        };

        AltinnUnreachable refused = assertThrows(
                AltinnUnreachable.class,
                () -> cut.nextClients(
                        "https://collector.example/authentication/api/v1/enduser/systemuser/clients?page=2",
                        new SystemUserReference("991825827", "kurer_agent_regnskap")));

        assertEquals(List.of(), tokensAsked, "no token was asked for, so none could be sent");
        assertTrue(refused.detail().contains("collector.example"), refused.detail());
    }
}
