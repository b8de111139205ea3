package no.kurer.dpi.forwarding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.kurer.configuration.Settings;
import org.junit.jupiter.api.Test;

class ConfiguredRoutingTest {

    final Map<String, String> config = new HashMap<>();
    final ConfiguredRouting cut =
            new ConfiguredRouting(new ForwardingSettings(new Settings(key -> Optional.ofNullable(config.get(key)))));

    @Test
    void receiverWithARouteGoesToItsCorner3() {
        config.put("dpi.route.987464291", "https://c3.example/api/");

        var route = cut.route("987464291", "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0")
                .orElseThrow();

        assertEquals("987464291", route.receiverOrgno());
        assertEquals("https://c3.example/api", route.baseUrl());
    }

    @Test
    void receiverWithoutRouteHasNone() {
        config.put("dpi.route.987464291", "https://c3.example");

        assertTrue(cut.route("984661185", null).isEmpty());
        assertTrue(cut.route("../etc", null).isEmpty());
    }

    @Test
    void routeAddedLaterIsUsedAtOnce() {
        assertTrue(cut.route("987464291", null).isEmpty());
        config.put("dpi.route.987464291", "http://localhost:9000/c3");

        assertEquals(
                "http://localhost:9000/c3",
                cut.route("987464291", null).orElseThrow().baseUrl());
    }

    @Test
    void unusableRouteIsNamedInTheFailure() {
        config.put("dpi.route.987464291", "ftp://c3.example");

        NoRoute failure = assertThrows(NoRoute.class, () -> cut.route("987464291", null));
        assertTrue(failure.getMessage().contains("dpi.route.987464291"), failure.getMessage());
    }
}
