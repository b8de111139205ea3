package no.kurer.webhooks.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import no.kurer.webhooks.entity.Subscription;

/**
 * A subscription's fields as a local system sends them ({@code name}, {@code pushEndpoint}, {@code resource},
 * {@code event}, {@code filter}); in a partial update ({@code PUT}) a field left out is null and keeps its value.
 */
public record SubscriptionRequest(String name, String pushEndpoint, String resource, String event, String filter) {

    static final Set<String> RESOURCES = Set.of("all", "messages");
    static final Set<String> EVENTS = Set.of("all", "status");

    /** The fields of a JSON object; other fields are ignored, as efm ignores them. */
    public static SubscriptionRequest of(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new InvalidSubscription(
                    "The body must be a JSON object with name, pushEndpoint, resource and event.");
        }
        return new SubscriptionRequest(
                text(json, "name"),
                text(json, "pushEndpoint"),
                text(json, "resource"),
                text(json, "event"),
                text(json, "filter"));
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidSubscription("'" + field + "' must be a string.");
        }
        return value.asText();
    }

    /** This request's fields over {@code current}'s. */
    public SubscriptionRequest over(Subscription current) {
        return new SubscriptionRequest(
                name != null ? name : current.name(),
                pushEndpoint != null ? pushEndpoint : current.pushEndpoint(),
                resource != null ? resource : current.resource(),
                event != null ? event : current.event(),
                filter != null ? filter : current.filter());
    }

    /** The same fields, checked and normalised; @throws InvalidSubscription, InvalidPushEndpoint, InvalidFilter */
    public SubscriptionRequest validated() {
        if (name == null || name.isBlank()) {
            throw new InvalidSubscription("'name' is required.");
        }
        if (name.length() > 200) {
            throw new InvalidSubscription("'name' is longer than 200 characters.");
        }
        String checkedResource = oneOf("resource", resource, RESOURCES);
        String checkedEvent = oneOf("event", event, EVENTS);
        SubscriptionFilter.parse(filter);
        return new SubscriptionRequest(
                name.strip(),
                endpoint(pushEndpoint),
                checkedResource,
                checkedEvent,
                filter == null || filter.isBlank() ? null : filter.strip());
    }

    private static String oneOf(String field, String value, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            throw new InvalidSubscription("'" + field + "' is required: "
                    + String.join(" or ", allowed.stream().sorted().toList()) + ".");
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw new InvalidSubscription("Unknown " + field + " '" + value + "': "
                    + String.join(" or ", allowed.stream().sorted().toList()) + ".");
        }
        return v;
    }

    static String endpoint(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            throw new InvalidSubscription("'pushEndpoint' is required.");
        }
        try {
            URI uri = new URI(endpoint.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute()
                    || !(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || endpoint.length() > 2000) {
                throw new InvalidPushEndpoint(endpoint);
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new InvalidPushEndpoint(endpoint);
        }
    }
}
