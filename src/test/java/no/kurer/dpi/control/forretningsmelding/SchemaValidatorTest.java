package no.kurer.dpi.control.forretningsmelding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import no.kurer.dpi.entity.Meldingstype;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaValidatorTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static SchemaValidator cut;

    @BeforeAll
    static void load() {
        cut = new SchemaValidator();
    }

    static JsonNode example(String file) throws IOException {
        return JSON.readTree(DpiExamples.dir().resolve(file).toFile());
    }

    /** The loose examples in Digdir's docs that are full standardBusinessDocuments and follow the current schemas. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "innbyggerpost_dpi_digital_1_0.json|digital",
                "innbyggerpost_dpi_utskrift_1_0.json|utskrift",
                "innbyggerpost_dpi_1_0_nav_sample.json|digital",
                "innbyggerpost_dpi_1_0_budnad_sample.json|digital",
                "innbyggerpost_dpi_1_0_budnad2_sample.json|digital",
                "lerveringskvittering_nav_sample.json|leveringskvittering",
                "lerveringskvittering_budnad_sample.json|leveringskvittering",
                "lerveringskvittering_budnad2_sample.json|leveringskvittering"
            })
    void looseExamplesPassTheirSchema(String fileAndType) throws IOException {
        var file = fileAndType.split("\\|")[0];
        var type = fileAndType.split("\\|")[1];

        assertEquals(List.of(), cut.validate(type, example(file)));
    }

    /** Digdir's generic receipt example still carries a maskinportentoken, which the receipt schema does not allow. */
    @Test
    void receiptExampleWithMaskinportentokenBreaksTheReceiptSchema() throws IOException {
        var violations =
                cut.validate("leveringskvittering", example("innbyggerpost_dpi_lerveringskvittering_1_0.json"));

        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith("$.standardBusinessDocument.leveringskvittering"), violations.get(0));
        assertTrue(violations.get(0).contains("maskinportentoken"), violations.get(0));
    }

    /** The print sample uses the older member name {@code digitalpost}, which no schema defines. */
    @Test
    void unknownTypeFails() throws IOException {
        var payload = example("fysiskpost_print_1_0_sample.json");

        var refused = Refused.as("unknown-meldingstype", () -> cut.validate("digitalpost", payload));
        assertEquals(400, refused.status());
    }

    @Test
    void violationsNameTheirJsonPaths() throws IOException {
        var payload = (ObjectNode) JSON.readTree(
                DpiExamples.komplette("digital-forretningsmelding.json").toFile());
        ((ObjectNode) payload.at("/standardBusinessDocument/digital")).remove("avsender");
        ((ObjectNode) payload.at("/standardBusinessDocument/digital")).put("sikkerhetsnivaa", 5);

        var violations = cut.validate("digital", payload);

        assertEquals(2, violations.size(), violations.toString());
        assertTrue(
                violations.stream()
                        .anyMatch(v -> v.startsWith("$.standardBusinessDocument.digital:") && v.contains("avsender")),
                violations.toString());
        assertTrue(
                violations.stream().anyMatch(v -> v.startsWith("$.standardBusinessDocument.digital.sikkerhetsnivaa")),
                violations.toString());
    }

    @Test
    void aDigitalMessageIsNotAValidReceipt() throws IOException {
        var payload = JSON.readTree(
                DpiExamples.komplette("digital-forretningsmelding.json").toFile());

        assertTrue(!cut.validate("leveringskvittering", payload).isEmpty());
    }

    /** Each type has a schema whose root member is the type's own name (e.g. flyttet, not flyttedigitalpost). */
    @ParameterizedTest
    @EnumSource(Meldingstype.class)
    void everyTypeHasASchemaRootedAtItsName(Meldingstype type) throws IOException {
        var schema = JSON.readTree(
                SchemaValidator.class.getResourceAsStream(SchemaValidator.DIRECTORY + SchemaValidator.fileOf(type)));

        assertNotNull(schema.at("/definitions/standardBusinessDocument/properties/" + type.wireName())
                .get("$ref"));
        var violations = cut.validate(type, JSON.readTree("{\"standardBusinessDocument\":{}}"));
        assertTrue(violations.stream().anyMatch(v -> v.contains(type.wireName())), violations.toString());
    }

    @Test
    void remoteSchemasAreServedFromMemoryAndOthersRefusedNotFetched() throws IOException {
        var known = java.util.Map.of("https://docs.digdir.no/schemas/dpi/x.json", "{}");

        try (var in = SchemaValidator.fromClasspath(
                        com.networknt.schema.AbsoluteIri.of("https://docs.digdir.no/schemas/dpi/x.json"), known)
                .getInputStream()) {
            assertEquals("{}", new String(in.readAllBytes()));
        }
        assertThrows(
                IllegalStateException.class,
                () -> SchemaValidator.fromClasspath(
                        com.networknt.schema.AbsoluteIri.of("https://docs.digdir.no/schemas/dpi/other.json"), known));
        assertEquals(
                null,
                SchemaValidator.fromClasspath(com.networknt.schema.AbsoluteIri.of("classpath:draft-07/schema"), known));
    }

    @Test
    void schemasAndTheirLicenceAreBundled() {
        assertNotNull(SchemaValidator.class.getResourceAsStream(SchemaValidator.DIRECTORY + "LICENSE"));
    }
}
