package no.kurer.dpi.control.forretningsmelding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import no.kurer.certificates.control.CertificateCheck;
import no.kurer.certificates.control.CertificateOrgno;
import no.kurer.certificates.control.TestPki;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every complete example from Digdir ({@code examples/komplette/*-forretningsmelding.jwt}): its JWS verifies with its
 * {@code x5c}, its payload passes the schema and equals the {@code .json} beside it, and its fingerprint is the
 * SHA-256 of the {@code .cms} beside it; one changed byte breaks each. The Buypass test certificates in these examples
 * expired in 2023, so the certificate check here only reads the organisation number.
 */
public class ForretningsmeldingGoldenTest {

    public static final CertificateCheck ORGNO_ONLY = (chain, at) -> CertificateOrgno.of(chain.get(0));
    static final ObjectMapper JSON = new ObjectMapper();
    static SchemaValidator schemas;

    ForretningsmeldingReader cut = new ForretningsmeldingReader(
            schemas, ORGNO_ONLY, Clock.fixed(Instant.parse("2022-03-16T14:00:00Z"), ZoneOffset.UTC));

    @BeforeAll
    static void load() {
        schemas = new SchemaValidator();
    }

    public static List<String> examples() {
        var names = DpiExamples.list(DpiExamples.dir().resolve("komplette"), "-forretningsmelding.jwt").stream()
                .map(p -> p.getFileName().toString().replace("-forretningsmelding.jwt", ""))
                .toList();
        assertTrue(names.size() >= 4, "expected Digdir's four complete examples, found " + names);
        return names;
    }

    public static String jwt(String example) {
        return DpiExamples.read(DpiExamples.komplette(example + "-forretningsmelding.jwt"));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void verifiesWithItsX5cAndNamesTheSigner(String example) {
        var melding = cut.read(jwt(example));

        var sender = melding.sender();
        assertEquals("0192:" + melding.signerOrgno(), sender, "SBDH sender is the signer");
        assertEquals(
                melding.type().wireName(),
                melding.payload()
                        .at("/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/type")
                        .asText());
        assertFalse(melding.isKvittering());
        assertTrue(melding.maskinportentoken().startsWith("eyJ"));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void payloadPassesItsSchemaAndEqualsTheJsonBesideIt(String example) throws Exception {
        var melding = cut.read(jwt(example));

        assertEquals(List.of(), schemas.validate(melding.type(), melding.payload()));
        assertEquals(
                JSON.readTree(DpiExamples.komplette(example + "-forretningsmelding.json")
                        .toFile()),
                melding.payload());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void fingerprintIsTheSha256OfTheCmsBesideIt(String example) throws Exception {
        var melding = cut.read(jwt(example));
        var cms = Files.readAllBytes(DpiExamples.komplette(example + "-dokumentpakke.cms"));

        assertEquals("http://www.w3.org/2001/04/xmlenc#sha256", melding.digestMethod());
        assertEquals(sha256(cms), melding.digestValue());

        cms[cms.length / 2] ^= 1;
        assertNotEquals(sha256(cms), melding.digestValue());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void oneChangedByteInTheSignatureIsRefused(String example) {
        var tampered = TestJws.tamper(jwt(example).strip(), 2);

        Refused.as("invalid-forretningsmelding-signature", () -> cut.read(tampered));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void oneChangedByteInThePayloadIsRefused(String example) {
        var tampered = TestJws.tamper(jwt(example).strip(), 1);

        Refused.as("invalid-forretningsmelding-signature", () -> cut.read(tampered));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void aSchemaBreakingEditIsRefused(String example) throws Exception {
        var payload = (ObjectNode) JSON.readTree(
                DpiExamples.komplette(example + "-forretningsmelding.json").toFile());
        ((ObjectNode) payload.at("/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification"))
                .put("instanceIdentifier", "not-a-uuid");
        var signer = TestPki.leafWithSerialNumber(TestPki.ca("Golden CA"), "991825827");
        var resigned = TestJws.sign(JSON.writeValueAsString(payload), signer, signer.certificate());

        var refused = assertThrows(SchemaViolation.class, () -> cut.read(resigned));
        assertTrue(
                refused.detail()
                        .contains("$.standardBusinessDocument.standardBusinessDocumentHeader"
                                + ".documentIdentification.instanceIdentifier"),
                refused.detail());
        assertEquals(400, refused.status());
    }

    static String sha256(byte[] bytes) throws Exception {
        return Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
