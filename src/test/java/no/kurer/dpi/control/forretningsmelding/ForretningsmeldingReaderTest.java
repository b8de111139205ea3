package no.kurer.dpi.control.forretningsmelding;

import static no.kurer.certificates.control.TestPki.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import no.kurer.certificates.control.EnterpriseCertificates;
import no.kurer.certificates.control.TestPki;
import no.kurer.certificates.control.UntrustedCertificate;
import no.kurer.dpi.entity.Meldingstype;
import no.kurer.problems.Problem;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ForretningsmeldingReaderTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static SchemaValidator schemas;
    static TestPki.Issued ca;
    static TestPki.Issued intermediate;
    static TestPki.Issued signer;
    static String digital;

    @TempDir
    static Path dir;

    ForretningsmeldingReader cut;

    @BeforeAll
    static void setUp() throws Exception {
        schemas = new SchemaValidator();
        ca = TestPki.ca("Reader CA");
        intermediate = TestPki.intermediate(ca, "Reader Issuing CA");
        signer = TestPki.leafWithSerialNumber(intermediate, "991825827");
        digital = DpiExamples.read(DpiExamples.komplette("digital-forretningsmelding.json"));
        Files.writeString(dir.resolve("ca.pem"), TestPki.pem(ca.certificate()));
    }

    ForretningsmeldingReaderTest() {
        cut = new ForretningsmeldingReader(
                schemas, new EnterpriseCertificates(dir.resolve("ca.pem")), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static String signed(String payload) {
        return TestJws.sign(payload, signer, signer.certificate(), intermediate.certificate());
    }

    static String edited(String payload, String pointer, String member, String value) throws Exception {
        var tree = JSON.readTree(payload);
        ((ObjectNode) tree.at(pointer)).put(member, value);
        return JSON.writeValueAsString(tree);
    }

    @Test
    void validDigitalMessageReturnsEveryField() {
        var jws = signed(digital);

        var melding = cut.read(jws + "\n");

        assertEquals(jws, melding.jws());
        assertEquals(Meldingstype.DIGITAL, melding.type());
        assertFalse(melding.isKvittering());
        assertEquals("4c96fb25-54b0-4560-a954-afdeed10077b", melding.meldingsid());
        assertEquals("b63b72a3-ec7a-4d70-94f1-699ef899864f", melding.conversationId());
        assertEquals(
                "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0", melding.processIdentifier());
        assertEquals("0192:991825827", melding.sender());
        assertEquals("0192:922020175", melding.receiver());
        assertEquals("0192:991825827", melding.avsender());
        assertNull(melding.avsenderidentifikator());
        assertNull(melding.fakturaReferanse());
        assertNull(melding.databehandler());
        assertNull(melding.mottaker());
        assertEquals("BDjOg00Iiv5eQGm5adwGnW8ktSfvQ/0jYvgkYCRnryw=", melding.digestValue());
        assertEquals("http://www.w3.org/2001/04/xmlenc#sha256", melding.digestMethod());
        assertTrue(melding.maskinportentoken()
                .startsWith("eyJraWQiOiJ2UHBaZW9HOGRkTHpmdHMxLWxnc3VnOHNyYVd3bW04dHhJaGJ3Y1h3R01JIiwi"));
        assertEquals("991825827", melding.signerOrgno());
        assertEquals(signer.certificate(), melding.signerCertificate());
        assertEquals(
                "0000487204",
                melding.body().path("mottaker").path("postkasseadresse").asText());
    }

    @Test
    void avsenderidentifikatorAndFakturaReferanseAreRead() throws Exception {
        var payload = edited(
                DpiExamples.read(DpiExamples.komplette("digital-avsenderidentifikator-forretningsmelding.json")),
                "/standardBusinessDocument/digital/avsender",
                "fakturaReferanse",
                "F-2025-17");

        var melding = cut.read(signed(payload));

        assertEquals("991825827:avsenderid", melding.avsenderidentifikator());
        assertEquals("F-2025-17", melding.fakturaReferanse());
    }

    @Test
    void receiptIsReadWithoutMessageFields() {
        var melding = cut.read(
                signed(DpiExamples.read(DpiExamples.dir().resolve("lerveringskvittering_budnad2_sample.json"))));

        assertTrue(melding.isKvittering());
        assertEquals(Meldingstype.LEVERINGSKVITTERING, melding.type());
        assertEquals("37efbd4c-413d-4e2c-bbc5-257ef4a65a45", melding.conversationId());
        assertNull(melding.avsender());
        assertEquals("0192:972417866", melding.mottaker());
        assertEquals("budnad", melding.avsenderidentifikator());
        assertNull(melding.digestValue());
        assertNull(melding.maskinportentoken());
    }

    @Test
    void rs512IsAccepted() {
        var jws = TestJws.sign(
                digital, "RS512", signer.keys().getPrivate(), signer.certificate(), intermediate.certificate());

        assertEquals("991825827", cut.read(jws).signerOrgno());
    }

    @Test
    void hs256IsRefused() {
        var jws = TestJws.sign(digital, "HS256", new HmacKey(new byte[32]), signer.certificate());

        var refused = Refused.as("invalid-forretningsmelding-signature", () -> cut.read(jws));
        assertTrue(refused.detail().contains("HS256"), refused.detail());
    }

    @Test
    void algNoneIsRefused() {
        var jws = TestJws.sign(digital, "none", null, signer.certificate());

        Refused.as("invalid-forretningsmelding-signature", () -> cut.read(jws));
    }

    @Test
    void missingX5cIsRefused() {
        var jws = TestJws.sign(digital, "RS256", signer.keys().getPrivate());

        var refused = Refused.as("malformed-forretningsmelding", () -> cut.read(jws));
        assertTrue(refused.detail().contains("x5c"), refused.detail());
    }

    @Test
    void x5cOfAnotherKeyIsRefused() {
        var other = TestPki.leafWithSerialNumber(intermediate, "991825827");
        var jws = TestJws.sign(
                digital, "RS256", other.keys().getPrivate(), signer.certificate(), intermediate.certificate());

        Refused.as("invalid-forretningsmelding-signature", () -> cut.read(jws));
    }

    @Test
    void signerFromAnUntrustedCaIsRefused() {
        var stranger = TestPki.leafWithSerialNumber(TestPki.ca("Stranger CA"), "991825827");

        assertThrows(
                UntrustedCertificate.class, () -> cut.read(TestJws.sign(digital, stranger, stranger.certificate())));
    }

    @Test
    void typeThatDisagreesWithTheHeaderIsRefused() throws Exception {
        var payload = edited(
                digital,
                "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification",
                "type",
                "utskrift");

        var refused = assertThrows(SchemaViolation.class, () -> cut.read(signed(payload)));
        assertTrue(refused.detail().contains("documentIdentification.type"), refused.detail());
    }

    @Test
    void unknownTypeIsRefused() {
        var payload = digital.replace("\"digital\": {", "\"digitalpost\": {");

        Refused.as("unknown-meldingstype", () -> cut.read(signed(payload)));
    }

    @Test
    void messageWithoutConversationIdIsRefused() throws Exception {
        var payload = edited(
                digital,
                "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/0",
                "type",
                "SomethingElse");

        var refused = assertThrows(SchemaViolation.class, () -> cut.read(signed(payload)));
        assertTrue(refused.detail().contains("ConversationId"), refused.detail());
    }

    @Test
    void schemaViolationListsAtMostTwentyViolations() throws Exception {
        var tree = (ObjectNode) JSON.readTree(digital);
        var body = (ObjectNode) tree.at("/standardBusinessDocument/digital");
        for (int i = 0; i < 30; i++) {
            body.put("extra" + i, i);
        }
        body.remove("avsender");

        var refused = assertThrows(SchemaViolation.class, () -> cut.read(signed(JSON.writeValueAsString(tree))));

        assertTrue(refused.violations().size() > 20, refused.violations().toString());
        assertTrue(refused.detail().contains("more)"), refused.detail());
    }

    @Test
    void oversizeIsRefused() {
        var huge = "eyJhbGciOiJSUzI1NiJ9." + "A".repeat(ForretningsmeldingReader.MAX_LENGTH) + ".AAAA";

        var refused = Refused.as("malformed-forretningsmelding", () -> cut.read(huge));
        assertTrue(refused.detail().contains("256 KiB"), refused.detail());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "hello",
                "a.b",
                "a.b.c.d",
                "!!!.e30.AAAA",
                "e30.e30.AAAA",
                "eyJhbGciOiJSUzI1NiJ9.e30.AAAA",
                "bm90IGpzb24.e30.AAAA"
            })
    void garbageIsRefusedAsMalformed(String garbage) {
        var refused = Refused.as("malformed-forretningsmelding", () -> cut.read(garbage));
        assertEquals(400, refused.status());
    }

    @Test
    void nullIsRefusedAsMalformed() {
        Refused.as("malformed-forretningsmelding", () -> cut.read(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2]", "\"text\"", "42", "null", "not json", "{\"a\":1} trailing", "{\"a\":1,\"a\":2}"})
    void payloadThatIsNotAJsonObjectIsRefused(String payload) {
        var refused = Refused.as("malformed-forretningsmelding", () -> cut.read(signed(payload)));
        assertEquals(400, refused.status());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"alg\":\"RS256\",\"x5c\":[42]}",
                "{\"alg\":\"RS256\",\"x5c\":\"not-an-array\"}",
                "{\"alg\":\"RS256\",\"x5c\":[\"bm90IGEgY2VydA==\"]}",
                "{\"alg\":7,\"x5c\":[]}",
                "{\"alg\":\"RS256\",\"x5c\":[\"%s\"],\"crit\":[\"exp\"]}",
                "[\"alg\",\"RS256\"]"
            })
    void oddHeadersAreRefusedAsProblems(String header) {
        var jws = TestJws.signRaw(
                header.formatted(TestJws.x5c(signer.certificate())),
                digital,
                signer.keys().getPrivate());

        var refused = assertThrows(Problem.class, () -> cut.read(jws));
        assertEquals(400, refused.status(), refused.getClass().getSimpleName() + ": " + refused.detail());
    }

    @Test
    void handWrittenHeaderWithEscapedSlashesInX5cIsAccepted() {
        var x5c = TestJws.x5c(signer.certificate()).replace("/", "\\/");
        var jws = TestJws.signRaw(
                "{\"x5c\":[\"" + x5c + "\",\""
                        + TestJws.x5c(intermediate.certificate()).replace("/", "\\/") + "\"],\"alg\":\"RS256\"}",
                digital,
                signer.keys().getPrivate());

        assertEquals("4c96fb25-54b0-4560-a954-afdeed10077b", cut.read(jws).meldingsid());
    }

    @Test
    void aCompactJwsIsThreeBase64urlPartsTheFirstNotEmpty() {
        assertTrue(ForretningsmeldingReader.isCompact("eyJ.e30.c2ln"));
        assertTrue(ForretningsmeldingReader.isCompact("a-_9.."));
        assertFalse(ForretningsmeldingReader.isCompact(".e30.c2ln"));
        assertFalse(ForretningsmeldingReader.isCompact("eyJ.e30"));
        assertFalse(ForretningsmeldingReader.isCompact("eyJ.e30.c2ln.x"));
        assertFalse(ForretningsmeldingReader.isCompact("eyJ.e3=.c2ln"));
        assertFalse(ForretningsmeldingReader.isCompact("eyJ.e30.c2l n"));
        assertFalse(ForretningsmeldingReader.isCompact(""));
    }
}
