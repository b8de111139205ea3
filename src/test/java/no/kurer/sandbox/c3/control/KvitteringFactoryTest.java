package no.kurer.sandbox.c3.control;

import static no.kurer.sandbox.c3.control.Fixtures.AVSENDER;
import static no.kurer.sandbox.c3.control.Fixtures.MAILBOX;
import static no.kurer.sandbox.c3.control.Fixtures.MAILBOX_IDENTITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import no.kurer.DigdirFiles;
import no.kurer.sandbox.c3.entity.ForwardedMelding;
import no.kurer.sandbox.c3.entity.Kvitteringstype;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.JsonWebStructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KvitteringFactoryTest {

    static final Path SCHEMAS = DigdirFiles.schemas();
    static final String UTSKRIFT_PROCESS = "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0";

    static JsonSchemaFactory schemas;

    final Clock clock = Clock.systemUTC();
    final ObjectMapper json = new ObjectMapper();
    final String conversationId = UUID.randomUUID().toString();

    @BeforeAll
    static void setUp() {
        assertTrue(Files.isDirectory(SCHEMAS), "Digdir's DPI schemas are missing: " + SCHEMAS.toAbsolutePath());
        // Digdir's sbdh.schema.json has trailing commas; read the schemas leniently.
        ObjectMapper lenient = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .build();
        String base = SCHEMAS.toAbsolutePath().toUri().toString();
        schemas = JsonSchemaFactory.getInstance(
                VersionFlag.V7,
                builder -> builder.jsonMapper(lenient)
                        .schemaMappers(mappers -> mappers.mapPrefix("https://docs.digdir.no/schemas/dpi/", base)
                                .mapPrefix("https://docs.digdir.no/schemas/common/", base)));
    }

    Set<ValidationMessage> validate(Kvitteringstype type, String payload) throws Exception {
        return schemas.getSchema(SCHEMAS.resolve(type.schemaFile()).toUri()).validate(json.readTree(payload));
    }

    @ParameterizedTest
    @EnumSource(Kvitteringstype.class)
    void everyTypeValidatesAgainstDigdirsSchema(Kvitteringstype type) throws Exception {
        var cut = new KvitteringFactory(type, MAILBOX, AVSENDER, conversationId, clock).motakeridentifikator("enhet-1");

        assertEquals(Set.of(), validate(type, cut.json()));
    }

    @Test
    void theSchemaCatchesACraftedWrongReceipt() throws Exception {
        var cut = new KvitteringFactory(Kvitteringstype.FEIL, MAILBOX, AVSENDER, conversationId, clock)
                .feiltype("MAYBE")
                .patch("/standardBusinessDocument/feil/tidspunkt", null);

        String messages = validate(Kvitteringstype.FEIL, cut.json()).toString();
        assertTrue(messages.contains("feiltype"), messages);
        assertTrue(messages.contains("tidspunkt"), messages);
    }

    @Test
    void answersTheMessageFromTheProviderToTheOriginalSender() throws Exception {
        var melding = new ForwardedMelding(
                "m-1", conversationId, UTSKRIFT_PROCESS, "utskrift", AVSENDER, "enhet-7", "digest");

        var cut = KvitteringFactory.answering(melding, Kvitteringstype.LEVERINGSKVITTERING, MAILBOX, clock);

        JsonNode root = json.readTree(cut.json()).path("standardBusinessDocument");
        JsonNode header = root.path("standardBusinessDocumentHeader");
        assertEquals("0192:987464291", header.at("/sender/0/identifier/value").asText());
        assertEquals("0192:991825827", header.at("/receiver/0/identifier/value").asText());
        assertEquals(
                "leveringskvittering", header.at("/documentIdentification/type").asText());
        assertEquals(
                "urn:fdc:digdir.no:2020:innbyggerpost:xsd::innbyggerpost##urn:fdc:digdir.no:2020:innbyggerpost"
                        + ":schema:leveringskvittering::1.0",
                header.at("/documentIdentification/standard").asText());
        assertEquals(
                cut.meldingsid(),
                header.at("/documentIdentification/instanceIdentifier").asText());
        assertNotEquals("m-1", cut.meldingsid());
        assertEquals("ConversationId", header.at("/businessScope/scope/0/type").asText());
        assertEquals(
                conversationId,
                header.at("/businessScope/scope/0/instanceIdentifier").asText());
        assertEquals(
                UTSKRIFT_PROCESS, header.at("/businessScope/scope/0/identifier").asText());
        JsonNode body = root.path("leveringskvittering");
        assertEquals(
                "0192:987464291",
                body.at("/avsender/virksomhetsidentifikator/value").asText());
        assertEquals(
                "0192:991825827",
                body.at("/mottaker/virksomhetsidentifikator/value").asText());
        assertEquals("enhet-7", body.at("/mottaker/motakeridentifikator").asText());
        assertTrue(body.path("tidspunkt").isTextual());
    }

    @Test
    void withoutAnAvsenderidentifikatorThereIsNoMotakeridentifikator() throws Exception {
        var cut = new KvitteringFactory(Kvitteringstype.MOTTAKSKVITTERING, MAILBOX, AVSENDER, conversationId, clock);

        assertTrue(json.readTree(cut.json())
                .at("/standardBusinessDocument/mottakskvittering/mottaker/motakeridentifikator")
                .isMissingNode());
    }

    @Test
    void signedAsJwsThatVerifiesWithItsX5c() throws Exception {
        var cut = new KvitteringFactory(Kvitteringstype.MOTTAKSKVITTERING, MAILBOX, AVSENDER, conversationId, clock);

        var jws = (JsonWebSignature) JsonWebStructure.fromCompactSerialization(cut.sign(MAILBOX_IDENTITY));

        assertEquals("RS256", jws.getAlgorithmHeaderValue());
        assertEquals(MAILBOX_IDENTITY.chain(), jws.getCertificateChainHeaderValue());
        jws.setKey(jws.getCertificateChainHeaderValue().get(0).getPublicKey());
        assertTrue(jws.verifySignature());
        assertFalse(
                validate(Kvitteringstype.MOTTAKSKVITTERING, jws.getPayload()).size() > 0);
    }
}
