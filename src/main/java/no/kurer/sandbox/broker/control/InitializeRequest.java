package no.kurer.sandbox.broker.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The body of an initialize, checked as Altinn checks it: file name and resource id of 1–255 characters, a reference
 * of at most 4096, at most 10 properties, a checksum (if any) of 32 lower-case hex characters, organisations as
 * sender and recipients (at least one).
 *
 * @param checksum {@code null} when the body has none
 * @param propertyList the properties as JSON text
 */
record InitializeRequest(
        String fileName,
        String resourceId,
        String reference,
        String checksum,
        String sender,
        List<String> recipients,
        String propertyList) {

    private static final String ORGANIZATION_URN = "urn:altinn:organization:identifier-no:";

    static InitializeRequest read(JsonNode body) {
        String fileName = body.path("fileName").asText("");
        String resourceId = body.path("resourceId").asText("");
        String reference = body.path("sendersFileTransferReference").asText(null);
        if (fileName.isEmpty() || fileName.length() > 255 || resourceId.isEmpty() || resourceId.length() > 255) {
            throw BrokerRefusal.badRequest("fileName and resourceId (1–255 characters) are required");
        }
        if (reference != null && reference.length() > 4096) {
            throw BrokerRefusal.badRequest("sendersFileTransferReference is longer than 4096 characters");
        }
        if (body.path("propertyList").size() > 10) {
            throw BrokerRefusal.badRequest("propertyList holds more than 10 properties");
        }
        String checksum = body.path("checksum").asText(null);
        if (checksum != null && !checksum.isBlank()) {
            if (checksum.length() != 32) {
                throw BrokerRefusal.badRequest(
                        "The checksum, if used, must be a MD5 hash with a length of 32 characters");
            }
            if (!checksum.toLowerCase(Locale.ROOT).equals(checksum)) {
                throw BrokerRefusal.badRequest("The checksum, if used, must be a MD5 hash in lower case");
            }
        }
        String sender = orgno(body.path("sender").asText(""));
        List<String> recipients = new ArrayList<>();
        body.path("recipients").forEach(r -> recipients.add(orgno(r.asText())));
        if (recipients.isEmpty()) {
            throw BrokerRefusal.badRequest("One or more recipients are required");
        }
        return new InitializeRequest(
                fileName,
                resourceId,
                reference,
                checksum == null || checksum.isBlank() ? null : checksum,
                sender,
                recipients.stream().distinct().toList(),
                body.path("propertyList").toString());
    }

    static String orgno(String party) {
        String value = party.startsWith(ORGANIZATION_URN)
                ? party.substring(ORGANIZATION_URN.length())
                : party.matches("\\d{4}:\\d{9}") ? party.substring(5) : party;
        if (!value.matches("\\d{9}")) {
            throw BrokerRefusal.badRequest("Not an organisation: " + party);
        }
        return value;
    }
}
