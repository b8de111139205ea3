package no.kurer.webhooks.boundary;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import no.kurer.webhooks.control.InvalidSubscription;
import no.kurer.webhooks.entity.Subscription;

/** Subscriptions as NextMove writes them, nulls omitted; and reading a request body. */
final class SubscriptionJson {

    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private SubscriptionJson() {}

    static Map<String, Object> of(Subscription s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", s.id());
        json.put("name", s.name());
        json.put("pushEndpoint", s.pushEndpoint());
        json.put("resource", s.resource());
        json.put("event", s.event());
        json.put("filter", s.filter());
        return json;
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps and records of strings and numbers always serialize", e);
        }
    }

    static JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidSubscription(
                    "The body is empty: send a JSON object with name, pushEndpoint, resource" + " and event.");
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidSubscription(
                    "The body is not JSON (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ").");
        }
    }
}
