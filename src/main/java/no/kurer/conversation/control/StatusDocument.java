package no.kurer.conversation.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import no.kurer.conversation.entity.Conversation;
import no.kurer.conversation.entity.StatusMessage;

/**
 * The standard business document of an eFormidling status message as Digdir's integration point writes it
 * (NEXTMOVE.md §3, §2.6): the original's conversation id and message id, sender and receiver swapped, standard
 * {@code urn:no:difi:eformidling:xsd::status}, type {@code status}, the arkivmelding response process, and
 * {@code "status":{"status":"MOTTATT"}}.
 */
public final class StatusDocument {

    public static final String STANDARD = "urn:no:difi:eformidling:xsd::status";
    public static final String TYPE = "status";
    public static final String PROCESS = "urn:no:difi:profile:arkivmelding:response:ver1.0";

    private static final ObjectMapper JSON = new ObjectMapper();

    private StatusDocument() {}

    public static String json(StatusMessage message) {
        String now = Conversation.now().withOffsetSameInstant(ZoneOffset.UTC).toString();
        ObjectNode root = JSON.createObjectNode();
        ObjectNode header = root.putObject("standardBusinessDocumentHeader");
        header.put("headerVersion", "1.0");
        party(header, "sender", message.sender());
        party(header, "receiver", message.receiver());
        header.putObject("documentIdentification")
                .put("standard", STANDARD)
                .put("typeVersion", "2.0")
                .put("instanceIdentifier", message.messageId())
                .put("type", TYPE)
                .put("creationDateAndTime", now);
        ObjectNode scope = header.putObject("businessScope").putArray("scope").addObject();
        scope.put("type", "ConversationId")
                .put("instanceIdentifier", message.conversationId())
                .put("identifier", PROCESS);
        scope.putArray("scopeInformation")
                .addObject()
                .put("expectedResponseDateTime", Conversation.now().plusDays(1).toString());
        root.putObject(TYPE).put("status", message.status().name());
        return root.toString();
    }

    private static void party(ObjectNode header, String role, String orgno) {
        header.putArray(role)
                .addObject()
                .putObject("identifier")
                .put("authority", "iso6523-actorid-upis")
                .put("value", "0192:" + orgno);
    }
}
