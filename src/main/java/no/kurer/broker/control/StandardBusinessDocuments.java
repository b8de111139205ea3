package no.kurer.broker.control;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.kurer.broker.entity.Sbd;

/**
 * Reads the standard business document (SBD) of a DPO message in the JSON form Digdir's integration point writes to
 * {@code sbd.json}: {@code {"standardBusinessDocumentHeader":{sender, receiver, documentIdentification, businessScope},
 * "<type>":{…}}}. For an outgoing message Kurer fills what the local system may leave out: the sender (the
 * organisation Kurer acts for), {@code instanceIdentifier}, the {@code ConversationId} scope and the creation time.
 */
public class StandardBusinessDocuments {

    static final String HEADER = "standardBusinessDocumentHeader";
    static final String ISO6523 = "iso6523-actorid-upis";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;

    public StandardBusinessDocuments(Clock clock) {
        this.clock = clock;
    }

    /** The document of an outgoing message, completed; @throws InvalidSbd, NotOurOrganisation */
    public Sbd outgoing(String json, String ourOrgno) {
        ObjectNode root = parse(json);
        ObjectNode header = object(root, HEADER);
        ArrayNode senders = header.withArray("sender");
        if (senders.isEmpty()) {
            senders.addObject().putObject("identifier").put("authority", ISO6523).put("value", "0192:" + ourOrgno);
        }
        ObjectNode id = object(header, "documentIdentification");
        if (id.path("instanceIdentifier").asText("").isBlank()) {
            id.put("instanceIdentifier", UUID.randomUUID().toString());
        }
        if (id.path("creationDateAndTime").asText("").isBlank()) {
            id.put("creationDateAndTime", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).toString());
        }
        if (!header.has("headerVersion")) {
            header.put("headerVersion", "1.0");
        }
        if (conversationScope(header) == null) {
            header.with("businessScope").withArray("scope").addObject().put("type", "ConversationId")
                    .put("instanceIdentifier", UUID.randomUUID().toString());
        } else if (conversationScope(header).path("instanceIdentifier").asText("").isBlank()) {
            conversationScope(header).put("instanceIdentifier", UUID.randomUUID().toString());
        }
        Sbd sbd = read(root);
        if (!sbd.sender().equals(ourOrgno)) {
            throw new NotOurOrganisation("The sender is " + sbd.sender() + "; this integration point acts for "
                    + ourOrgno + ".");
        }
        return sbd;
    }

    /** The document of an incoming broker file, as it came; @throws InvalidSbd */
    public Sbd incoming(String json) {
        return read(parse(json));
    }

    private Sbd read(ObjectNode root) {
        JsonNode header = root.path(HEADER);
        String messageId = header.path("documentIdentification").path("instanceIdentifier").asText("");
        if (messageId.isBlank() || messageId.length() > 100) {
            throw new InvalidSbd("documentIdentification.instanceIdentifier is missing or longer than 100 characters.");
        }
        ObjectNode scope = conversationScope(header);
        String conversationId = scope == null ? "" : scope.path("instanceIdentifier").asText("");
        if (conversationId.isBlank() || conversationId.length() > 100) {
            throw new InvalidSbd("businessScope has no ConversationId scope with an instanceIdentifier.");
        }
        String documentType = header.path("documentIdentification").path("type").asText(null);
        if (documentType != null && documentType.length() > Sbd.MAX_DOCUMENT_TYPE) {
            throw new InvalidSbd("documentIdentification.type is longer than " + Sbd.MAX_DOCUMENT_TYPE
                    + " characters.");
        }
        String json = root.toString();
        if (json.length() > Sbd.MAX_JSON) {
            throw new InvalidSbd("The standard business document has " + json.length() + " characters; at most "
                    + Sbd.MAX_JSON + " are kept.");
        }
        return new Sbd(messageId, conversationId, orgno(header, "sender"), orgno(header, "receiver"), documentType,
                json);
    }

    private static String orgno(JsonNode header, String role) {
        String value = header.path(role).path(0).path("identifier").path("value").asText("");
        String orgno = value.startsWith("0192:") ? value.substring(5) : value;
        if (!orgno.matches("\\d{9}")) {
            throw new InvalidSbd("standardBusinessDocumentHeader." + role
                    + "[0].identifier.value must be an organisation number (0192:<nine digits>), not '" + value + "'.");
        }
        return orgno;
    }

    private static ObjectNode conversationScope(JsonNode header) {
        for (JsonNode scope : header.path("businessScope").path("scope")) {
            if ("ConversationId".equals(scope.path("type").asText()) && scope instanceof ObjectNode object) {
                return object;
            }
        }
        return null;
    }

    private static ObjectNode parse(String json) {
        try {
            JsonNode node = json == null ? null : JSON.readTree(json);
            if (node instanceof ObjectNode root && root.path(HEADER).isObject()) {
                return root;
            }
            throw new InvalidSbd("Expected a JSON object with a standardBusinessDocumentHeader.");
        } catch (IOException e) {
            throw new InvalidSbd("The standard business document is not JSON: " + e.getMessage());
        }
    }

    private static ObjectNode object(ObjectNode parent, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return parent.putObject(name);
        }
        if (node instanceof ObjectNode object) {
            return object;
        }
        throw new InvalidSbd(name + " must be a JSON object.");
    }
}
