package no.kurer.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which keys {@code /health/ready} names as missing: those of the roles that are switched on and have work. */
class SettingsTest {

    static final List<String> DPO_KEYS = List.of(
            "maskinporten.client-id",
            "maskinporten.keystore.path",
            "maskinporten.keystore.password",
            "certificates.trusted-cas");

    private static Settings settings(Map<String, String> values) {
        return new Settings(key -> Optional.ofNullable(values.get(key)));
    }

    private static Map<String, String> dpiOff() {
        Map<String, String> values = new HashMap<>();
        values.put("dpi.enabled", "false");
        return values;
    }

    @Test
    void dpoActingForNobodyNeedsNoKeys() {
        assertEquals(List.of(), settings(dpiOff()).missing(false));
    }

    @Test
    void systemuserOrgAloneSwitchesTheDpoRoleOn() {
        Map<String, String> values = dpiOff();
        values.put("systemuser.org", "999888771");
        assertEquals(DPO_KEYS, settings(values).missing(false));
    }

    @Test
    void anAddedOrganisationWithoutSystemuserOrgNeedsTheSameKeys() {
        assertEquals(DPO_KEYS, settings(dpiOff()).missing(true));
        assertEquals(DPO_KEYS, settings(dpiOff()).missingForDpo(true));
    }

    @Test
    void withAddedOrganisationsOnlyARegisteredJwkStandsInForTheKeyStore() {
        Map<String, String> values = dpiOff();
        values.put("maskinporten.jwk.path", "/etc/kurer/grant.jwk");
        assertEquals(
                List.of("maskinporten.client-id", "certificates.trusted-cas"),
                settings(values).missing(true));
        values.put("systemuser.org", "999888771"); // its enterprise certificate is the key store
        assertEquals(DPO_KEYS, settings(values).missing(true));
    }

    @Test
    void aSwitchedOffDpoRoleNeedsNothingWhomeverItWouldActFor() {
        Map<String, String> values = dpiOff();
        values.put("dpo.enabled", "false");
        values.put("systemuser.org", "999888771");
        assertEquals(List.of(), settings(values).missing(true));
    }

    @Test
    void theDpiRoleNamesItsOwnKeys() {
        assertEquals(
                List.of("dpi.audience", "certificates.trusted-cas"),
                settings(Map.of()).missing(false));
        assertEquals(
                List.of(
                        "dpi.audience",
                        "certificates.trusted-cas",
                        "maskinporten.client-id",
                        "maskinporten.keystore.path",
                        "maskinporten.keystore.password"),
                settings(Map.of()).missing(true));
    }
}
