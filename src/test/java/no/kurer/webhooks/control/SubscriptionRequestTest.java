package no.kurer.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import no.kurer.problems.Problem;
import org.junit.jupiter.api.Test;

class SubscriptionRequestTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static SubscriptionRequest of(String json) throws Exception {
        return SubscriptionRequest.of(JSON.readTree(json));
    }

    @Test
    void aGoodRequestIsNormalised() throws Exception {
        SubscriptionRequest valid = of("{\"name\":\" Arkiv \",\"pushEndpoint\":\"https://arkiv.example/hook\","
                        + "\"resource\":\"MESSAGES\",\"event\":\"Status\",\"filter\":\"\",\"unknown\":1}")
                .validated();
        assertEquals(new SubscriptionRequest("Arkiv", "https://arkiv.example/hook", "messages", "status", null), valid);
    }

    @Test
    void everyBadFieldIsA400NamingIt() {
        refused("{}", "invalid-subscription", "'name' is required");
        refused("[]", "invalid-subscription", "JSON object");
        refused(
                "{\"name\":3,\"pushEndpoint\":\"http://a\",\"resource\":\"all\",\"event\":\"all\"}",
                "invalid-subscription",
                "'name' must be a string");
        refused("{\"name\":\"a\",\"resource\":\"all\",\"event\":\"all\"}", "invalid-subscription", "'pushEndpoint'");
        refused(
                "{\"name\":\"a\",\"pushEndpoint\":\"/relative\",\"resource\":\"all\",\"event\":\"all\"}",
                "invalid-push-endpoint",
                "absolute http or https");
        refused(
                "{\"name\":\"a\",\"pushEndpoint\":\"ftp://host/x\",\"resource\":\"all\",\"event\":\"all\"}",
                "invalid-push-endpoint",
                "ftp://host/x");
        refused(
                "{\"name\":\"a\",\"pushEndpoint\":\"http://bad host/\",\"resource\":\"all\",\"event\":\"all\"}",
                "invalid-push-endpoint",
                "absolute");
        refused(
                "{\"name\":\"a\",\"pushEndpoint\":\"http://h/\",\"resource\":\"files\",\"event\":\"all\"}",
                "invalid-subscription",
                "Unknown resource 'files'");
        refused(
                "{\"name\":\"a\",\"pushEndpoint\":\"http://h/\",\"resource\":\"all\"}",
                "invalid-subscription",
                "'event' is required");
        refused(
                "{\"name\":\"a\",\"pushEndpoint\":\"http://h/\",\"resource\":\"all\",\"event\":\"all\","
                        + "\"filter\":\"status=NOPE\"}",
                "invalid-subscription-filter",
                "NOPE");
    }

    @Test
    void aPartialUpdateKeepsWhatItLeavesOut() throws Exception {
        var current = new no.kurer.webhooks.entity.Subscription("a", "http://h/1", "all", "all", "status=FEIL");
        SubscriptionRequest merged = of("{\"name\":\"b\"}").over(current).validated();
        assertEquals("b", merged.name());
        assertEquals("http://h/1", merged.pushEndpoint());
        assertEquals("status=FEIL", merged.filter());
        assertNull(of("{\"filter\":\"\"}").over(current).validated().filter(), "an empty filter removes it");
    }

    private static void refused(String json, String slug, String reason) {
        Problem refused = assertThrows(Problem.class, () -> of(json).validated(), json);
        assertEquals(400, refused.status(), json);
        assertEquals("urn:kurer:problem:" + slug, refused.type(), json + ": " + refused.getMessage());
        assertTrue(refused.getMessage().contains(reason), json + ": " + refused.getMessage());
    }
}
