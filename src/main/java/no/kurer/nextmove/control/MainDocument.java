package no.kurer.nextmove.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** The file an SBD names as its main document: {@code hoveddokument} of its business message, or null. */
final class MainDocument {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MainDocument() {}

    static String of(String sbdJson) {
        try {
            JsonNode root = JSON.readTree(sbdJson);
            String type = root.path("standardBusinessDocumentHeader")
                    .path("documentIdentification")
                    .path("type")
                    .asText("");
            String main = root.path(type).path("hoveddokument").asText("");
            return main.isBlank() ? null : main;
        } catch (IOException e) {
            return null;
        }
    }
}
