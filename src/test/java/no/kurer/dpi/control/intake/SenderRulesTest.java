package no.kurer.dpi.control.intake;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import no.kurer.dpi.control.forretningsmelding.DpiExamples;
import no.kurer.dpi.control.forretningsmelding.ForretningsmeldingGoldenTest;
import no.kurer.dpi.control.forretningsmelding.ForretningsmeldingReader;
import no.kurer.dpi.control.forretningsmelding.SchemaValidator;
import no.kurer.dpi.entity.Forretningsmelding;
import no.kurer.maskinporten.entity.MaskinportenToken;
import no.kurer.maskinporten.entity.Organisation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules that tie a forretningsmelding to the token it came with, over Digdir's own complete examples: each example
 * with the token it embeds (its "autorisasjonsbevis") is accepted, including a data processor sending on behalf of a
 * sender, and each rule refuses a token that differs in the one thing it checks.
 */
class SenderRulesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static ForretningsmeldingReader reader;

    final SenderRules cut = new SenderRules();

    @BeforeAll
    static void load() {
        reader = new ForretningsmeldingReader(
                new SchemaValidator(),
                ForretningsmeldingGoldenTest.ORGNO_ONLY,
                Clock.fixed(Instant.parse("2022-03-16T14:00:00Z"), ZoneOffset.UTC));
    }

    static List<String> examples() {
        return ForretningsmeldingGoldenTest.examples();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void digdirsExampleIsAcceptedWithTheTokenItEmbeds(String example) throws Exception {
        Forretningsmelding melding = read(example);
        MaskinportenToken token = token(example, melding.maskinportentoken(), null, null);
        assertDoesNotThrow(() -> cut.check(melding, token, melding.meldingsid()));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void anotherConsumerIsNotTheSender(String example) throws Exception {
        Forretningsmelding melding = read(example);
        MaskinportenToken token = token(example, melding.maskinportentoken(), Organisation.ofOrgno("910753614"), null);
        assertThrows(NotTheSender.class, () -> cut.check(melding, token, melding.meldingsid()));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void anotherBearerTokenIsNotTheSender(String example) throws Exception {
        Forretningsmelding melding = read(example);
        MaskinportenToken token = token(example, melding.maskinportentoken() + "x", null, null);
        assertThrows(NotTheSender.class, () -> cut.check(melding, token, melding.meldingsid()));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void aSignerOtherThanTheActingOrganisationIsNotTheSender(String example) throws Exception {
        Forretningsmelding melding = read(example);
        MaskinportenToken token = token(example, melding.maskinportentoken(), null, Organisation.ofOrgno("889640782"));
        assertThrows(NotTheSender.class, () -> cut.check(melding, token, melding.meldingsid()));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void aPathMeldingsidOtherThanTheInstanceIdentifierIsRefused(String example) throws Exception {
        Forretningsmelding melding = read(example);
        MaskinportenToken token = token(example, melding.maskinportentoken(), null, null);
        InvalidSend refused = assertThrows(InvalidSend.class, () -> cut.check(melding, token, "another-id"));
        assertEquals("urn:kurer:problem:meldingsid-mismatch", refused.type());
    }

    @Test
    void eachWayTheOneCallPathDisagreesHasItsOwnProblemType() {
        Forretningsmelding melding = read("digital");
        String pk = melding.receiver().substring("0192:".length());
        String conversation = melding.conversationId();

        assertDoesNotThrow(() -> cut.checkPath(melding, "digitalpost", pk, conversation));
        assertEquals(
                "urn:kurer:problem:unknown-kanal", refusal(() -> cut.checkPath(melding, "brevdue", pk, conversation)));
        assertEquals(
                "urn:kurer:problem:kanal-mismatch",
                refusal(() -> cut.checkPath(melding, "fysiskpost", pk, conversation)));
        assertEquals(
                "urn:kurer:problem:receiver-mismatch",
                refusal(() -> cut.checkPath(melding, "digitalpost", "974760673", conversation)));
        assertEquals(
                "urn:kurer:problem:conversation-mismatch",
                refusal(() -> cut.checkPath(melding, "digitalpost", pk, "another-conversation")));
    }

    private static String refusal(Executable check) {
        InvalidSend refused = assertThrows(InvalidSend.class, check);
        assertEquals(400, refused.status());
        return refused.type();
    }

    private static Forretningsmelding read(String example) {
        return reader.read(ForretningsmeldingGoldenTest.jwt(example));
    }

    /** The example's token claims (Digdir's "autorisasjonsbevis"), optionally with another consumer or supplier. */
    private static MaskinportenToken token(String example, String raw, Organisation consumer, Organisation supplier)
            throws Exception {
        JsonNode claims = JSON.readTree(
                DpiExamples.read(DpiExamples.komplette(example + "-forretningsmelding-autorisasjonsbevis.json")));
        Organisation exampleConsumer = organisation(claims.path("consumer"));
        Organisation exampleSupplier = claims.has("supplier") ? organisation(claims.path("supplier")) : null;
        return new MaskinportenToken(
                raw,
                claims.path("iss").asText(),
                claims.path("client_id").asText(),
                consumer != null ? consumer : exampleConsumer,
                supplier != null ? supplier : exampleSupplier,
                Set.of(claims.path("scope").asText().split(" ")),
                List.of(),
                Instant.ofEpochSecond(claims.path("iat").asLong()),
                Instant.ofEpochSecond(claims.path("exp").asLong()));
    }

    private static Organisation organisation(JsonNode node) {
        return new Organisation(node.path("authority").asText(), node.path("ID").asText());
    }
}
