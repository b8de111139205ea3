package no.kurer.dpi.kvittering.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import no.kurer.dpi.entity.Melding;

/**
 * Kurer's own {@code feil} receipt for a message it could not deliver (Digdir's {@code innbyggerpost_dpi_feil_1_0}
 * schema): from Kurer (SBDH sender and {@code avsender}) to the message's sender ({@code mottaker}), in the message's
 * conversation, {@code feiltype} SERVER (the failure is in the infrastructure, not in what the sender sent).
 */
public class FeilKvittering {

    static final String STANDARD = "urn:fdc:digdir.no:2020:innbyggerpost:xsd::innbyggerpost"
            + "##urn:fdc:digdir.no:2020:innbyggerpost:schema:feil::1.0";
    static final String DIGITAL = "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0";
    static final String AUTHORITY = "iso6523-actorid-upis";

    private final ObjectMapper json = new ObjectMapper();

    /** The payload {@code {"standardBusinessDocument": …}} of receipt {@code meldingsid} for {@code melding}. */
    public ObjectNode payload(
            Melding melding, String kurerOrgno, String meldingsid, String reason, OffsetDateTime now) {
        String time = now.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        ObjectNode root = json.createObjectNode();
        ObjectNode sbd = root.putObject("standardBusinessDocument");
        ObjectNode header = sbd.putObject("standardBusinessDocumentHeader");
        header.put("headerVersion", "1.0");
        header.putArray("sender").addObject().set("identifier", identifier(kurerOrgno));
        header.putArray("receiver").addObject().set("identifier", identifier(melding.avsender()));
        ObjectNode document = header.putObject("documentIdentification");
        document.put("standard", STANDARD);
        document.put("typeVersion", "1.0");
        document.put("instanceIdentifier", meldingsid);
        document.put("type", "feil");
        document.put("creationDateAndTime", time);
        ObjectNode scope = header.putObject("businessScope").putArray("scope").addObject();
        scope.put("type", "ConversationId");
        scope.put("instanceIdentifier", melding.conversationId());
        scope.put("identifier", melding.process() != null ? melding.process() : DIGITAL);
        ObjectNode feil = sbd.putObject("feil");
        feil.putObject("avsender").set("virksomhetsidentifikator", identifier(kurerOrgno));
        ObjectNode mottaker = feil.putObject("mottaker");
        mottaker.set("virksomhetsidentifikator", identifier(melding.avsender()));
        if (melding.avsenderidentifikator() != null) {
            mottaker.put("motakeridentifikator", melding.avsenderidentifikator());
        }
        feil.put("tidspunkt", time);
        feil.put("feiltype", "SERVER");
        feil.put("detaljer", reason == null || reason.isBlank() ? "Kurer could not deliver the message." : reason);
        return root;
    }

    private ObjectNode identifier(String orgno) {
        ObjectNode identifier = json.createObjectNode();
        identifier.put("authority", AUTHORITY);
        identifier.put("value", "0192:" + orgno);
        return identifier;
    }
}
