package no.kurer.sandbox.sender.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;

/**
 * Builds a {@code digital} forretningsmelding per Digdir's schema
 * ({@code innbyggerpost_dpi_digital_1_0.schema.json}) and signs it as a compact JWS (RS256,
 * {@code x5c}). Defaults give a valid message; every field can be changed with
 * {@link #patch(String, Object)} (a JSON Pointer; {@code null} removes the field) to craft wrong
 * messages in tests.
 *
 * <p>As in Digdir's "på vegne av" example, the SBDH {@code sender} is whoever signs (the data
 * processor when there is one) and {@code digital.avsender} is the sender on whose behalf.
 */
public class ForretningsmeldingFactory {

    public static final String STANDARD = "urn:fdc:digdir.no:2020:innbyggerpost:xsd::innbyggerpost"
            + "##urn:fdc:digdir.no:2020:innbyggerpost:schema:digital::1.0";
    public static final String PROCESS = "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0";
    public static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";
    public static final String AUTHORITY = "iso6523-actorid-upis";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final String avsender;
    private final Clock clock;
    private String sender;
    private String receiver = "987464291";
    private String meldingsid = UUID.randomUUID().toString();
    private String conversationId = UUID.randomUUID().toString();
    private String postkasseadresse = "sandbox.innbygger#0001";
    private String maskinportentoken = "";
    private String digestValue = "";
    private String tittel = "Melding fra sandkassen";
    private final List<Object[]> patches = new ArrayList<>();

    public ForretningsmeldingFactory(String avsenderOrgno, Clock clock) {
        this.avsender = avsenderOrgno;
        this.sender = avsenderOrgno;
        this.clock = clock;
    }

    /** The SBDH sender: the organisation whose certificate signs (a data processor, or the avsender). */
    public ForretningsmeldingFactory sender(String orgno) {
        this.sender = orgno;
        return this;
    }

    /** The SBDH receiver: the mailbox provider's orgno. */
    public ForretningsmeldingFactory receiver(String orgno) {
        this.receiver = orgno;
        return this;
    }

    public ForretningsmeldingFactory meldingsid(String meldingsid) {
        this.meldingsid = meldingsid;
        return this;
    }

    public ForretningsmeldingFactory conversationId(String conversationId) {
        this.conversationId = conversationId;
        return this;
    }

    public ForretningsmeldingFactory postkasseadresse(String postkasseadresse) {
        this.postkasseadresse = postkasseadresse;
        return this;
    }

    public ForretningsmeldingFactory maskinportentoken(String token) {
        this.maskinportentoken = token;
        return this;
    }

    public ForretningsmeldingFactory tittel(String ikkesensitivtittel) {
        this.tittel = ikkesensitivtittel;
        return this;
    }

    /** Sets {@code dokumentpakkefingeravtrykk.digestValue} to base64(SHA-256(dokumentpakke)). */
    public ForretningsmeldingFactory dokumentpakke(byte[] dokumentpakke) {
        this.digestValue = sha256(dokumentpakke);
        return this;
    }

    /** Overrides any field, e.g. {@code patch("/standardBusinessDocument/digital/spraak", "nob")}. */
    public ForretningsmeldingFactory patch(String jsonPointer, Object value) {
        patches.add(new Object[] {jsonPointer, value});
        return this;
    }

    public String meldingsid() {
        return meldingsid;
    }

    public String conversationId() {
        return conversationId;
    }

    public Map<String, Object> payload() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(OSLO));
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("headerVersion", "1.0");
        header.put("sender", List.of(Map.of("identifier", identifier(sender))));
        header.put("receiver", List.of(Map.of("identifier", identifier(receiver))));
        Map<String, Object> identification = new LinkedHashMap<>();
        identification.put("standard", STANDARD);
        identification.put("typeVersion", "1.0");
        identification.put("instanceIdentifier", meldingsid);
        identification.put("type", "digital");
        identification.put("creationDateAndTime", TIMESTAMP.format(now));
        header.put("documentIdentification", identification);
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("type", "ConversationId");
        scope.put("instanceIdentifier", conversationId);
        scope.put("identifier", PROCESS);
        scope.put(
                "scopeInformation",
                List.of(Map.of("expectedResponseDateTime", TIMESTAMP.format(now.plus(Duration.ofDays(1))))));
        header.put("businessScope", Map.of("scope", List.of(scope)));

        Map<String, Object> digital = new LinkedHashMap<>();
        digital.put(
                "avsender",
                Map.of("virksomhetsidentifikator", Map.of("authority", AUTHORITY, "value", "0192:" + avsender)));
        digital.put("mottaker", Map.of("postkasseadresse", postkasseadresse));
        digital.put("dokumentpakkefingeravtrykk", Map.of("digestMethod", SHA256, "digestValue", digestValue));
        digital.put("maskinportentoken", maskinportentoken);
        digital.put("sikkerhetsnivaa", 3);
        digital.put("virkningstidspunkt", TIMESTAMP.format(now.withNano(0)));
        digital.put("aapningskvittering", false);
        digital.put("ikkesensitivtittel", tittel);
        digital.put("spraak", "no");
        digital.put("varsler", Map.of());

        Map<String, Object> document = new LinkedHashMap<>();
        document.put("standardBusinessDocumentHeader", header);
        document.put("digital", digital);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("standardBusinessDocument", document);
        Map<String, Object> patched = JsonPointerPatch.deepCopy(root);
        patches.forEach(p -> JsonPointerPatch.apply(patched, (String) p[0], p[1]));
        return patched;
    }

    public String json() {
        try {
            return JSON.writeValueAsString(payload());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a forretningsmelding", e);
        }
    }

    /** The forretningsmelding as a compact JWS, RS256, header {@code x5c} = the signer's chain. */
    public String sign(EnterpriseIdentity signer) {
        return signer.signJws(json());
    }

    public static String sha256(byte[] content) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> identifier(String orgno) {
        return Map.of("value", "0192:" + orgno, "authority", AUTHORITY);
    }
}
