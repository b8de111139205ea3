package no.kurer.broker.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * What the service registry is asked by, from a standard business document: the process (the {@code identifier} of
 * the {@code ConversationId} scope) and {@code documentIdentification.standard}.
 */
record Addressing(String process, String standard) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @throws InvalidSbd when either is missing */
    static Addressing of(String sbdJson) {
        JsonNode header;
        try {
            header = JSON.readTree(sbdJson).path(StandardBusinessDocuments.HEADER);
        } catch (IOException e) {
            throw new InvalidSbd("The standard business document cannot be read.");
        }
        String process = null;
        for (JsonNode scope : header.path("businessScope").path("scope")) {
            if ("ConversationId".equals(scope.path("type").asText())) {
                process = scope.path("identifier").asText("");
            }
        }
        if (process == null || process.isBlank()) {
            throw new InvalidSbd("businessScope.scope[ConversationId].identifier (the process, such as "
                    + "urn:no:difi:profile:arkivmelding:administrasjon:ver1.0) is missing; the service registry is "
                    + "asked for the receiver's records by it.");
        }
        String standard = header.path("documentIdentification").path("standard").asText("");
        if (standard.isBlank()) {
            throw new InvalidSbd("documentIdentification.standard (such as urn:no:difi:arkivmelding:xsd::arkivmelding)"
                    + " is missing; the receiver's service record must name it.");
        }
        return new Addressing(process, standard);
    }
}
