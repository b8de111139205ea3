package no.kurer.conversation.entity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * What a conversation takes from a standard business document: the ids and parties (bare orgnos), the process
 * (the {@code ConversationId} scope's {@code identifier}), the document standard and type, and
 * {@code expectedResponseDateTime} (null when the sender gave none or it cannot be read).
 */
public record SbdFacts(
        String messageId,
        String conversationId,
        String sender,
        String receiver,
        String process,
        String standard,
        String type,
        OffsetDateTime expectedResponse,
        JsonNode root) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @throws IllegalArgumentException when {@code json} is not JSON */
    public static SbdFacts of(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        JsonNode header = root.path("standardBusinessDocumentHeader");
        JsonNode id = header.path("documentIdentification");
        JsonNode scope = conversationScope(header);
        return new SbdFacts(
                id.path("instanceIdentifier").asText(null),
                scope.path("instanceIdentifier").asText(null),
                orgno(header.path("sender")),
                orgno(header.path("receiver")),
                scope.path("identifier").asText(null),
                id.path("standard").asText(null),
                id.path("type").asText(null),
                expected(scope),
                root);
    }

    /** The business message, the object named by the document type ({@code "status":{…}}). */
    public JsonNode body() {
        return type == null ? JSON.missingNode() : root.path(type);
    }

    private static JsonNode conversationScope(JsonNode header) {
        for (JsonNode scope : header.path("businessScope").path("scope")) {
            if ("ConversationId".equals(scope.path("type").asText())) {
                return scope;
            }
        }
        return JSON.missingNode();
    }

    private static OffsetDateTime expected(JsonNode scope) {
        for (JsonNode info : scope.path("scopeInformation")) {
            String text = info.path("expectedResponseDateTime").asText("");
            if (!text.isBlank()) {
                try {
                    return OffsetDateTime.parse(text);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String orgno(JsonNode parties) {
        String value = parties.path(0).path("identifier").path("value").asText("");
        return value.startsWith("0192:") ? value.substring(5) : value;
    }
}
