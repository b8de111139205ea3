package no.kurer.nextmove.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * What Digdir's integration point fills in on a new outgoing SBD beyond what {@code broker.control.Outbox} fills
 * (sender, {@code instanceIdentifier}, {@code creationDateAndTime}, the {@code ConversationId} scope): a UUID for every
 * scope without an {@code instanceIdentifier}, and {@code expectedResponseDateTime} 24 hours from now on the
 * conversation scope. It refuses a {@code documentIdentification.type} it does not know. Text that is no SBD is left
 * as it is, for the outbox to refuse with its reason.
 */
public final class SbdDefaults {

    /** The business message types of efm's DocumentType that a DPO integration point accepts. */
    public static final List<String> KNOWN_TYPES = List.of(
            "arkivmelding",
            "arkivmelding_kvittering",
            "avtalt",
            "einnsyn_kvittering",
            "innsynskrav",
            "publisering",
            "status");

    private static final ObjectMapper JSON = new ObjectMapper();

    private SbdDefaults() {}

    /** @throws UnknownDocumentType */
    public static String complete(String json, Clock clock) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException | RuntimeException notJson) {
            return json;
        }
        if (!(root instanceof ObjectNode document)
                || !(document.get("standardBusinessDocumentHeader") instanceof ObjectNode header)) {
            return json;
        }
        String type = header.path("documentIdentification").path("type").asText("");
        if (!type.isBlank() && !KNOWN_TYPES.contains(type)) {
            throw new UnknownDocumentType(type);
        }
        JsonNode scopes = header.path("businessScope").path("scope");
        if (!(scopes instanceof ArrayNode)) {
            ObjectNode scope = header.with("businessScope").putArray("scope").addObject();
            scope.put("type", "ConversationId");
            scopes = header.path("businessScope").path("scope");
        }
        String expected = OffsetDateTime.now(clock)
                .withOffsetSameInstant(ZoneOffset.UTC)
                .plusHours(24)
                .toString();
        for (JsonNode node : scopes) {
            if (node instanceof ObjectNode scope) {
                if (scope.path("instanceIdentifier").asText("").isBlank()) {
                    scope.put("instanceIdentifier", UUID.randomUUID().toString());
                }
                if ("ConversationId".equals(scope.path("type").asText()) && !hasExpectedResponse(scope)) {
                    scope.withArray("scopeInformation").addObject().put("expectedResponseDateTime", expected);
                }
            }
        }
        return document.toString();
    }

    private static boolean hasExpectedResponse(ObjectNode scope) {
        for (JsonNode information : scope.path("scopeInformation")) {
            if (!information.path("expectedResponseDateTime").asText("").isBlank()) {
                return true;
            }
        }
        return false;
    }
}
