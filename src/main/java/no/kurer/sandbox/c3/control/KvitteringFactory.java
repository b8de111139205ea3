package no.kurer.sandbox.c3.control;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.kurer.sandbox.c3.entity.ForwardedMelding;
import no.kurer.sandbox.c3.entity.Kvitteringstype;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;

/**
 * Builds a receipt (kvittering) per Digdir's schemas ({@code innbyggerpost_dpi_<type>_1_0.schema.json}) from
 * the mailbox or print provider to the original sender, and signs it as a compact JWS (RS256, {@code x5c}).
 * The SBDH sender is the provider and the receiver the avsender; the body's {@code avsender} is the provider
 * and its {@code mottaker} the avsender (with its {@code motakeridentifikator} when the message had an
 * avsenderidentifikator). The receipt gets a fresh meldingsid and keeps the message's conversation and process.
 * Defaults give a valid receipt; {@link #patch(String, Object)} changes any field for tests.
 *
 * <pre>{@code
 * String jws = new KvitteringFactory(Kvitteringstype.LEVERINGSKVITTERING, "987464291", "991825827", conversationId, clock)
 *         .sign(mailboxProvider);
 * }</pre>
 */
public class KvitteringFactory {

    public static final String DIGITAL_PROCESS =
            "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0";
    public static final String AUTHORITY = "iso6523-actorid-upis";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Kvitteringstype type;
    private final String provider;
    private final String avsender;
    private final String conversationId;
    private final Clock clock;
    private String meldingsid = UUID.randomUUID().toString();
    private String process = DIGITAL_PROCESS;
    private String motakeridentifikator;
    private String varslingskanal = "epost";
    private String feiltype = "SERVER";
    private String beskrivelse;
    private final List<Object[]> patches = new ArrayList<>();

    /**
     * @param provider       orgno of the mailbox or print provider that issues the receipt
     * @param avsender       orgno of the original sender, who gets it
     * @param conversationId the original message's conversation
     */
    public KvitteringFactory(
            Kvitteringstype type, String provider, String avsender, String conversationId, Clock clock) {
        this.type = type;
        this.provider = provider;
        this.avsender = avsender;
        this.conversationId = conversationId;
        this.clock = clock;
    }

    /** A receipt answering the forwarded message: its avsender, conversation, process and avsenderidentifikator. */
    public static KvitteringFactory answering(
            ForwardedMelding melding, Kvitteringstype type, String provider, Clock clock) {
        return new KvitteringFactory(type, provider, melding.avsender(), melding.conversationId(), clock)
                .process(melding.process())
                .motakeridentifikator(melding.avsenderidentifikator());
    }

    /** The receipt's own meldingsid (SBDH {@code instanceIdentifier}); a new UUID unless set. */
    public KvitteringFactory meldingsid(String meldingsid) {
        this.meldingsid = meldingsid;
        return this;
    }

    /** The process ({@code businessScope} identifier) of the message the receipt answers. */
    public KvitteringFactory process(String process) {
        this.process = process;
        return this;
    }

    /** The original avsenderidentifikator; {@code null} leaves {@code motakeridentifikator} out. */
    public KvitteringFactory motakeridentifikator(String avsenderidentifikator) {
        this.motakeridentifikator = avsenderidentifikator;
        return this;
    }

    /** varslingfeiletkvittering only: {@code epost} (default) or {@code sms}. */
    public KvitteringFactory varslingskanal(String varslingskanal) {
        this.varslingskanal = varslingskanal;
        return this;
    }

    /** feil only: {@code KLIENT} or {@code SERVER} (default). */
    public KvitteringFactory feiltype(String feiltype) {
        this.feiltype = feiltype;
        return this;
    }

    /** varslingfeiletkvittering: {@code beskrivelse}; feil: {@code detaljer}. Left out when {@code null}. */
    public KvitteringFactory beskrivelse(String text) {
        this.beskrivelse = text;
        return this;
    }

    /** Overrides any field, e.g. {@code patch("/standardBusinessDocument/leveringskvittering/tidspunkt", "x")}. */
    public KvitteringFactory patch(String jsonPointer, Object value) {
        patches.add(new Object[] {jsonPointer, value});
        return this;
    }

    public Kvitteringstype type() {
        return type;
    }

    public String meldingsid() {
        return meldingsid;
    }

    public String conversationId() {
        return conversationId;
    }

    public ObjectNode payload() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(OSLO));
        ObjectNode root = JSON.createObjectNode();
        ObjectNode document = root.putObject("standardBusinessDocument");
        ObjectNode header = document.putObject("standardBusinessDocumentHeader");
        header.put("headerVersion", "1.0");
        header.putArray("sender").addObject().set("identifier", identifier(provider));
        header.putArray("receiver").addObject().set("identifier", identifier(avsender));
        ObjectNode identification = header.putObject("documentIdentification");
        identification.put("standard", type.standard());
        identification.put("typeVersion", "1.0");
        identification.put("instanceIdentifier", meldingsid);
        identification.put("type", type.wireName());
        identification.put("creationDateAndTime", TIMESTAMP.format(now));
        ObjectNode scope = header.putObject("businessScope").putArray("scope").addObject();
        scope.put("type", "ConversationId");
        scope.put("instanceIdentifier", conversationId);
        scope.put("identifier", process);
        scope.putArray("scopeInformation")
                .addObject()
                .put("expectedResponseDateTime", TIMESTAMP.format(now.plus(Duration.ofDays(1))));

        ObjectNode body = document.putObject(type.wireName());
        body.putObject("avsender").set("virksomhetsidentifikator", identifier(provider));
        ObjectNode mottaker = body.putObject("mottaker");
        mottaker.set("virksomhetsidentifikator", identifier(avsender));
        if (motakeridentifikator != null) {
            mottaker.put("motakeridentifikator", motakeridentifikator);
        }
        body.put("tidspunkt", TIMESTAMP.format(now));
        if (type == Kvitteringstype.VARSLINGFEILETKVITTERING) {
            body.put("varslingskanal", varslingskanal);
            putIfSet(body, "beskrivelse", beskrivelse);
        } else if (type == Kvitteringstype.FEIL) {
            body.put("feiltype", feiltype);
            putIfSet(body, "detaljer", beskrivelse);
        }
        patches.forEach(p -> apply(root, (String) p[0], p[1]));
        return root;
    }

    public String json() {
        try {
            return JSON.writeValueAsString(payload());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a kvittering", e);
        }
    }

    /** The receipt as a compact JWS, RS256, header {@code x5c} = the provider's chain. */
    public String sign(EnterpriseIdentity signer) {
        return signer.signJws(json());
    }

    private static ObjectNode identifier(String orgno) {
        return JSON.createObjectNode().put("authority", AUTHORITY).put("value", "0192:" + orgno);
    }

    private static void putIfSet(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    /** Sets ({@code value != null}) or removes one member or array element; parents must exist. */
    private static void apply(ObjectNode root, String pointer, Object value) {
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = root.at(path.head());
        String last = path.last().getMatchingProperty();
        JsonNode node = JSON.valueToTree(value);
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(last);
            } else {
                object.set(last, node);
            }
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            if (value == null) {
                array.remove(index);
            } else {
                array.set(index, node);
            }
        } else {
            throw new IllegalArgumentException("no object or array at the parent of " + pointer);
        }
    }
}
