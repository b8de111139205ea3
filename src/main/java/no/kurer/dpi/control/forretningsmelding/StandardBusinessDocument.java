package no.kurer.dpi.control.forretningsmelding;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import no.kurer.dpi.entity.Forretningsmelding;
import no.kurer.dpi.entity.Meldingstype;

/** Reads the fields Kurer needs from a forretningsmelding payload {@code {"standardBusinessDocument": {…}}}. */
final class StandardBusinessDocument {

    static final String ROOT = "standardBusinessDocument";
    static final String HEADER = "standardBusinessDocumentHeader";
    static final String CONVERSATION_ID = "ConversationId";

    private StandardBusinessDocument() {}

    /**
     * The type is the one member of {@code standardBusinessDocument} besides its header.
     *
     * @throws InvalidForretningsmelding when the payload is not a JSON object
     * @throws SchemaViolation when there is no single such member
     * @throws InvalidForretningsmelding when the member names no DPI type
     */
    static Meldingstype typeOf(JsonNode payload) {
        if (!payload.isObject()) {
            throw InvalidForretningsmelding.malformed("The JWS payload is JSON but not an object.");
        }
        var sbd = payload.get(ROOT);
        if (sbd == null || !sbd.isObject()) {
            throw new SchemaViolation("(none)", List.of("$." + ROOT + ": required object not found"));
        }
        var members = new ArrayList<String>();
        sbd.fieldNames().forEachRemaining(name -> {
            if (!HEADER.equals(name)) {
                members.add(name);
            }
        });
        if (members.size() != 1) {
            throw new SchemaViolation(
                    "(none)",
                    List.of("$." + ROOT + ": must hold exactly one message besides " + HEADER + ", found " + members));
        }
        var name = members.get(0);
        return Meldingstype.of(name)
                .orElseThrow(() -> InvalidForretningsmelding.unknownType(
                        "'" + name + "' is not a DPI message type; expected one of " + List.of(Meldingstype.values())));
    }

    /** Call only for a payload that passed the schema of {@code type}. */
    static Forretningsmelding read(
            String jws, JsonNode payload, Meldingstype type, String signerOrgno, X509Certificate signer) {
        var header = payload.path(ROOT).path(HEADER);
        var body = payload.path(ROOT).path(type.wireName());
        var documentType = header.path("documentIdentification").path("type").asText(null);
        if (!type.wireName().equals(documentType)) {
            throw new SchemaViolation(
                    type.wireName(),
                    List.of("$." + ROOT + "." + HEADER
                            + ".documentIdentification.type: '" + documentType + "' does not match the message '"
                            + type.wireName() + "'"));
        }
        var scope = conversationScope(header, type);
        var avsender = body.path("avsender");
        var fingerprint = body.path("dokumentpakkefingeravtrykk");
        var kvittering = type.isKvittering();
        return new Forretningsmelding(
                jws,
                payload,
                type,
                header.path("documentIdentification").path("instanceIdentifier").asText(),
                scope.path("instanceIdentifier").asText(),
                text(scope.path("identifier")),
                header.path("sender").path(0).path("identifier").path("value").asText(),
                header.path("receiver").path(0).path("identifier").path("value").asText(),
                kvittering
                        ? null
                        : text(avsender.path("virksomhetsidentifikator").path("value")),
                kvittering ? kvitteringSubUnit(header, body) : text(avsender.path("avsenderidentifikator")),
                kvittering ? null : text(avsender.path("fakturaReferanse")),
                kvittering
                        ? text(body.path("databehandler")
                                .path("virksomhetsidentifikator")
                                .path("value"))
                        : null,
                kvittering
                        ? text(body.path("mottaker")
                                .path("virksomhetsidentifikator")
                                .path("value"))
                        : null,
                kvittering ? null : text(fingerprint.path("digestValue")),
                kvittering ? null : text(fingerprint.path("digestMethod")),
                kvittering ? null : text(body.path("maskinportentoken")),
                signerOrgno,
                signer);
    }

    /**
     * The sub-unit of the sender a receipt goes back to: {@code mottaker.motakeridentifikator} as in Digdir's samples,
     * or {@code avsender.avsenderidentifikator} when the body names the parties the other way round (the seed's wording).
     */
    private static String kvitteringSubUnit(JsonNode header, JsonNode body) {
        String subUnit = text(body.path("mottaker").path("motakeridentifikator"));
        var receiver = header.path("receiver").path(0).path("identifier").path("value");
        var avsender = body.path("avsender");
        if (subUnit == null
                && receiver.equals(avsender.path("virksomhetsidentifikator").path("value"))) {
            return text(avsender.path("avsenderidentifikator"));
        }
        return subUnit;
    }

    private static JsonNode conversationScope(JsonNode header, Meldingstype type) {
        var scopes = header.path("businessScope").path("scope");
        return StreamSupport.stream(scopes.spliterator(), false)
                .filter(s -> CONVERSATION_ID.equals(s.path("type").asText()))
                .filter(s -> s.path("instanceIdentifier").isTextual())
                .findFirst()
                .orElseThrow(() -> new SchemaViolation(
                        type.wireName(),
                        List.of("$." + ROOT + "." + HEADER + ".businessScope.scope: no entry of type " + CONVERSATION_ID
                                + " with an instanceIdentifier")));
    }

    /** The text of a string node, else {@code null}: absent and non-string members read as absent. */
    private static String text(JsonNode node) {
        return node.isTextual() ? node.textValue() : null;
    }
}
