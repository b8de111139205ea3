package no.kurer.dpi.peppol.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import no.kurer.dpi.kvittering.control.KvitteringIntake;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A receipt from corner 3 over AS4: the Peppol SBD carries the signed receipt (a compact JWS) as
 * {@code <TextContent mimeType="application/jwt">} of Peppol's business message envelope
 * ({@code businessMessageEnvelope.xsd}). It goes to the same {@link KvitteringIntake} as a REST delivery, with the
 * sender, conversation and meldingsid the receipt itself names (the intake checks signature, schema and rules).
 */
public class As4Kvitteringer {

    static final String ENVELOPE_NS = "http://peppol.eu/xsd/ticc/envelope/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KvitteringIntake intake;

    public As4Kvitteringer(KvitteringIntake intake) {
        this.intake = intake;
    }

    public void accept(Element sbd) {
        String jws = jws(sbd);
        JsonNode header = header(jws);
        String receiver = header.at("/receiver/0/identifier/value").asText("");
        String avsender = receiver.substring(receiver.indexOf(':') + 1);
        String conversationId =
                header.at("/businessScope/scope/0/instanceIdentifier").asText("");
        String meldingsid =
                header.at("/documentIdentification/instanceIdentifier").asText("");
        intake.accept(avsender, conversationId, meldingsid, jws);
    }

    static String jws(Element sbd) {
        NodeList text = sbd.getElementsByTagNameNS(ENVELOPE_NS, "TextContent");
        if (text.getLength() != 1) {
            throw new IllegalArgumentException("The SBD carries no TextContent with the signed receipt");
        }
        return text.item(0).getTextContent().strip();
    }

    private static JsonNode header(String jws) {
        String[] parts = jws.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("The receipt is not a compact JWS");
        }
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]))
                    .path("standardBusinessDocument")
                    .path("standardBusinessDocumentHeader");
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The receipt's payload is not JSON: " + e.getMessage());
        }
    }
}
