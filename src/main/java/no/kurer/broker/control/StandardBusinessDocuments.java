package no.kurer.broker.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import no.kurer.broker.entity.Sbd;
import no.kurer.problems.Details;

/**
 * Reads the standard business document (SBD) of a DPO message in the JSON form Digdir's integration point writes to
 * {@code sbd.json}: {@code {"standardBusinessDocumentHeader":{sender, receiver, documentIdentification, businessScope},
 * "<type>":{…}}}. For an outgoing message Kurer fills what the local system may leave out: the sender (the
 * organisation Kurer acts for), {@code instanceIdentifier}, the {@code ConversationId} scope and the creation time.
 */
@ApplicationScoped
public class StandardBusinessDocuments {

    static final String HEADER = "standardBusinessDocumentHeader";
    static final String ISO6523 = "iso6523-actorid-upis";
    /** The most a document may take, as Kurer stores it (UTF-8); the files of a message go separately. */
    public static final int MAX_BYTES = 1_000_000;
    /** Message and conversation ids appear in URLs and file names: a UUID fits, so do most identifiers. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;

    /** On the system clock. */
    public StandardBusinessDocuments() {
        this(Clock.systemUTC());
    }

    public StandardBusinessDocuments(Clock clock) {
        this.clock = clock;
    }

    /**
     * The document of an outgoing message from one of {@code senders} (orgnos), completed; a document that names no
     * sender is from {@code defaultSender} (null: it must name one).
     *
     * @throws InvalidSbd, NotOurOrganisation
     */
    public Sbd outgoing(String json, String defaultSender, Set<String> senders) {
        ObjectNode root = parse(json);
        ObjectNode header = object(root, HEADER);
        ArrayNode senderList = header.withArray("sender");
        if (senderList.isEmpty() && defaultSender != null) {
            senderList
                    .addObject()
                    .putObject("identifier")
                    .put("authority", ISO6523)
                    .put("value", "0192:" + defaultSender);
        }
        ObjectNode id = object(header, "documentIdentification");
        if (id.path("instanceIdentifier").asText("").isBlank()) {
            id.put("instanceIdentifier", UUID.randomUUID().toString());
        }
        if (id.path("creationDateAndTime").asText("").isBlank()) {
            id.put(
                    "creationDateAndTime",
                    OffsetDateTime.now(clock)
                            .withOffsetSameInstant(ZoneOffset.UTC)
                            .toString());
        }
        if (!header.has("headerVersion")) {
            header.put("headerVersion", "1.0");
        }
        if (conversationScope(header) == null) {
            header.with("businessScope")
                    .withArray("scope")
                    .addObject()
                    .put("type", "ConversationId")
                    .put("instanceIdentifier", UUID.randomUUID().toString());
        } else if (conversationScope(header)
                .path("instanceIdentifier")
                .asText("")
                .isBlank()) {
            conversationScope(header)
                    .put("instanceIdentifier", UUID.randomUUID().toString());
        }
        requireBusinessMessage(root, id);
        Sbd sbd = read(root);
        if (sbd.json().length() > MAX_BYTES) {
            throw new SbdTooLarge();
        }
        if (!senders.contains(sbd.sender())) {
            throw new NotOurOrganisation("The sender is " + sbd.sender() + "; "
                    + (senders.isEmpty()
                            ? "you act for no organisation of this integration point."
                            : "you act for " + String.join(", ", senders) + "."));
        }
        return sbd;
    }

    /** The document of an incoming broker file, as it came; @throws InvalidSbd */
    public Sbd incoming(String json) {
        return read(parse(json));
    }

    private Sbd read(ObjectNode root) {
        JsonNode header = root.path(HEADER);
        String messageId =
                header.path("documentIdentification").path("instanceIdentifier").asText("");
        if (messageId.isBlank()) {
            throw new InvalidSbd("documentIdentification.instanceIdentifier is missing.");
        }
        requireId("documentIdentification.instanceIdentifier", messageId);
        ObjectNode scope = conversationScope(header);
        String conversationId =
                scope == null ? "" : scope.path("instanceIdentifier").asText("");
        if (conversationId.isBlank()) {
            throw new InvalidSbd("businessScope has no ConversationId scope with an instanceIdentifier.");
        }
        requireId("businessScope.scope[ConversationId].instanceIdentifier", conversationId);
        String documentType = header.path("documentIdentification").path("type").asText(null);
        if (documentType != null && documentType.length() > Sbd.MAX_DOCUMENT_TYPE) {
            throw new InvalidSbd(
                    "documentIdentification.type is longer than " + Sbd.MAX_DOCUMENT_TYPE + " characters.");
        }
        String json = root.toString();
        if (json.length() > Sbd.MAX_JSON) {
            throw new InvalidSbd("The standard business document has " + json.length() + " characters; at most "
                    + Sbd.MAX_JSON + " are kept.");
        }
        return new Sbd(
                messageId, conversationId, orgno(header, "sender"), orgno(header, "receiver"), documentType, json);
    }

    /** Any valid message id may be used in a URL or a file name; @throws InvalidSbd */
    public static void requireId(String field, String id) {
        if (!ID.matcher(id).matches()) {
            throw new InvalidSbd(field + " must be 1 to 100 of the characters A-Z, a-z, 0-9, '.', '_', ':' and '-' "
                    + "(a UUID, for example), not '" + Details.quote(id) + "'.");
        }
    }

    /**
     * Digdir's integration point refuses a document without its business message: the object named by
     * {@code documentIdentification.type} ({@code "arkivmelding":{…}}) beside the header.
     */
    private static void requireBusinessMessage(ObjectNode root, ObjectNode id) {
        String type = id.path("type").asText("");
        if (type.isBlank()) {
            throw new InvalidSbd("documentIdentification.type is missing: name the business message, such as "
                    + "\"arkivmelding\".");
        }
        if (!root.path(type).isObject()) {
            throw new InvalidSbd("The business message is missing: a document of type '" + type + "' needs a \"" + type
                    + "\":{…} object beside the standardBusinessDocumentHeader.");
        }
    }

    private static String orgno(JsonNode header, String role) {
        String value =
                header.path(role).path(0).path("identifier").path("value").asText("");
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
        } catch (JsonProcessingException e) {
            throw new InvalidSbd("The standard business document is not JSON: " + Details.json(e));
        } catch (IOException e) {
            throw new InvalidSbd("The standard business document cannot be read.");
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
