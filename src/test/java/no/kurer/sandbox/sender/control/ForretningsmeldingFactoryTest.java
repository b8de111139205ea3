package no.kurer.sandbox.sender.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.ValidationMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;
import no.kurer.DigdirFiles;
import no.kurer.sandbox.ca.control.SandboxCertificateAuthority;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.JsonWebStructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForretningsmeldingFactoryTest {

    static final Path SCHEMAS = DigdirFiles.schemas();

    @TempDir
    static Path dir;

    static EnterpriseIdentity signer;
    static JsonSchema schema;

    final Clock clock = Clock.systemUTC();
    final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void setUp() {
        assertTrue(Files.isDirectory(SCHEMAS), "Digdir's DPI schemas are missing: " + SCHEMAS.toAbsolutePath());
        signer = new SandboxCertificateAuthority(dir).issue("991825827", "Digdir");
        // Digdir's sbdh.schema.json has trailing commas; read the schemas leniently.
        ObjectMapper lenient = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .build();
        String schemas = SCHEMAS.toAbsolutePath().toUri().toString();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(
                VersionFlag.V7,
                builder -> builder.jsonMapper(lenient)
                        .schemaMappers(mappers -> mappers.mapPrefix("https://docs.digdir.no/schemas/dpi/", schemas)
                                .mapPrefix("https://docs.digdir.no/schemas/common/", schemas)));
        schema = factory.getSchema(
                SCHEMAS.resolve("innbyggerpost_dpi_digital_1_0.schema.json").toUri());
    }

    Set<ValidationMessage> validate(String payload) throws Exception {
        return schema.validate(json.readTree(payload));
    }

    @Test
    void payloadValidatesAgainstDigdirsDigitalSchema() throws Exception {
        var cut = new ForretningsmeldingFactory("991825827", clock)
                .maskinportentoken("a.b.c")
                .dokumentpakke(new byte[] {1, 2, 3});

        assertEquals(Set.of(), validate(cut.json()));
    }

    @Test
    void schemaCatchesACraftedWrongMessage() throws Exception {
        var cut = new ForretningsmeldingFactory("991825827", clock)
                .patch("/standardBusinessDocument/digital/sikkerhetsnivaa", 2)
                .patch("/standardBusinessDocument/digital/spraak", null);

        assertEquals(2, validate(cut.json()).size(), () -> {
            try {
                return validate(cut.json()).toString();
            } catch (Exception e) {
                return e.toString();
            }
        });
    }

    @Test
    void digestIsBase64Sha256OfThePackageAndSbdhIsAsDigdirSpecifies() throws Exception {
        byte[] pakke = "a package".getBytes(StandardCharsets.UTF_8);
        var cut = new ForretningsmeldingFactory("910076787", clock)
                .sender("991825827")
                .dokumentpakke(pakke);

        JsonNode root = json.readTree(cut.json()).path("standardBusinessDocument");

        assertEquals(
                Base64.getEncoder()
                        .encodeToString(MessageDigest.getInstance("SHA-256").digest(pakke)),
                root.at("/digital/dokumentpakkefingeravtrykk/digestValue").asText());
        assertEquals(
                "http://www.w3.org/2001/04/xmlenc#sha256",
                root.at("/digital/dokumentpakkefingeravtrykk/digestMethod").asText());
        assertEquals(
                "0192:910076787",
                root.at("/digital/avsender/virksomhetsidentifikator/value").asText());
        JsonNode header = root.path("standardBusinessDocumentHeader");
        assertEquals("0192:991825827", header.at("/sender/0/identifier/value").asText());
        assertEquals("0192:987464291", header.at("/receiver/0/identifier/value").asText());
        assertEquals(
                cut.meldingsid(),
                header.at("/documentIdentification/instanceIdentifier").asText());
        assertEquals("digital", header.at("/documentIdentification/type").asText());
        assertEquals(
                ForretningsmeldingFactory.STANDARD,
                header.at("/documentIdentification/standard").asText());
        assertEquals(
                cut.conversationId(),
                header.at("/businessScope/scope/0/instanceIdentifier").asText());
        assertEquals(
                ForretningsmeldingFactory.PROCESS,
                header.at("/businessScope/scope/0/identifier").asText());
    }

    @Test
    void signedAsJwsWithX5cOfTheSigner() throws Exception {
        var cut = new ForretningsmeldingFactory("991825827", clock);

        var jws = (JsonWebSignature) JsonWebStructure.fromCompactSerialization(cut.sign(signer));

        assertEquals("RS256", jws.getAlgorithmHeaderValue());
        assertEquals(signer.chain(), jws.getCertificateChainHeaderValue());
        jws.setKey(signer.certificate().getPublicKey());
        assertTrue(jws.verifySignature());
        assertFalse(validate(jws.getPayload()).size() > 0);
    }
}
