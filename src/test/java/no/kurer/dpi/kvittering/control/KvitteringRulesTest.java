package no.kurer.dpi.kvittering.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.kurer.DigdirFiles;
import no.kurer.dpi.control.forretningsmelding.ForretningsmeldingReader;
import no.kurer.dpi.control.forretningsmelding.SchemaValidator;
import no.kurer.dpi.entity.Forretningsmelding;
import no.kurer.dpi.entity.Melding;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which receipts corner 3 may deliver for a sender, and which message each one answers. */
class KvitteringRulesTest {

    static final String AVSENDER = "991825827";
    static final String OTHER = "910753614";
    static final String POSTKASSE = "987464291";
    static EnterpriseIdentity postkasse;
    static EnterpriseIdentity impostor;
    static ForretningsmeldingReader reader;

    final KvitteringRules cut = new KvitteringRules();
    final String conversation = UUID.randomUUID().toString();

    @BeforeAll
    static void identities() {
        postkasse = KvitteringFactory.selfSigned(POSTKASSE);
        impostor = KvitteringFactory.selfSigned("974760673");
        reader = new ForretningsmeldingReader(new SchemaValidator(), KvitteringFactory::orgno, Clock.systemUTC());
    }

    Forretningsmelding receipt(KvitteringFactory factory, EnterpriseIdentity signer) {
        return reader.read(factory.sign(signer));
    }

    KvitteringFactory factory() {
        return new KvitteringFactory(POSTKASSE, AVSENDER, conversation);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "leveringskvittering",
                "mottakskvittering",
                "aapningskvittering",
                "varslingfeiletkvittering",
                "returpostkvittering",
                "feil"
            })
    void everyReceiptTypeAddressedToTheSenderIsTaken(String type) {
        var factory = factory().type(type);
        var kvittering = receipt(factory, postkasse);
        assertDoesNotThrow(() -> cut.check(kvittering, AVSENDER, conversation, factory.meldingsid()));
    }

    @Test
    void factoryWritesReceiptsShapedLikeDigdirsExample() throws Exception {
        Path example = DigdirFiles.examples().resolve("lerveringskvittering_nav_sample.json");
        var digdir = KvitteringFactory.JSON.readTree(Files.readString(example));
        var ours = factory().payload();
        assertEquals(
                fieldNames(digdir.at("/standardBusinessDocument/leveringskvittering")),
                fieldNames(ours.at("/standardBusinessDocument/leveringskvittering")));
        assertEquals(
                fieldNames(digdir.at("/standardBusinessDocument/standardBusinessDocumentHeader")),
                fieldNames(ours.at("/standardBusinessDocument/standardBusinessDocumentHeader")));
    }

    @Test
    void aMessageIsNotAReceipt() throws Exception {
        Path example = DigdirFiles.examples().resolve("innbyggerpost_dpi_digital_1_0.json");
        String payload = Files.readString(example);
        Forretningsmelding digital = new ForretningsmeldingReader(
                        new SchemaValidator(), (chain, at) -> "123456789", Clock.systemUTC())
                .read(KvitteringFactory.sign(payload, postkasse));
        assertThrows(
                NotAKvittering.class,
                () -> cut.check(digital, AVSENDER, digital.conversationId(), digital.meldingsid()));
    }

    @Test
    void pathMustNameTheReceiptsOwnIdAndConversation() {
        var factory = factory();
        var kvittering = receipt(factory, postkasse);
        assertThrows(
                KvitteringMismatch.class,
                () -> cut.check(
                        kvittering, AVSENDER, conversation, UUID.randomUUID().toString()));
        assertThrows(
                KvitteringMismatch.class,
                () -> cut.check(kvittering, AVSENDER, UUID.randomUUID().toString(), factory.meldingsid()));
    }

    @Test
    void receiptMustBeAddressedToTheSenderInThePath() {
        var factory = factory();
        var kvittering = receipt(factory, postkasse);
        assertThrows(KvitteringMismatch.class, () -> cut.check(kvittering, OTHER, conversation, factory.meldingsid()));
    }

    @Test
    void theBodyMayNameTheSenderAsAvsenderAndTheIssuerAsMottaker() {
        var factory = factory().bodyParties(AVSENDER, POSTKASSE);
        var kvittering = receipt(factory, postkasse);
        assertDoesNotThrow(() -> cut.check(kvittering, AVSENDER, conversation, factory.meldingsid()));
    }

    @ParameterizedTest
    @CsvSource({
        AVSENDER + "," + OTHER,
        OTHER + "," + AVSENDER,
        AVSENDER + "," + AVSENDER,
        POSTKASSE + "," + POSTKASSE,
        POSTKASSE + "," + OTHER,
        OTHER + "," + POSTKASSE
    })
    void aBodyThatDoesNotNameTheSenderAndTheIssuerIsRefused(String avsender, String mottaker) {
        var factory = factory().bodyParties(avsender, mottaker);
        var kvittering = receipt(factory, postkasse);
        var refused = assertThrows(
                KvitteringMismatch.class, () -> cut.check(kvittering, AVSENDER, conversation, factory.meldingsid()));
        assertTrue(refused.getMessage().contains("mottaker " + mottaker), refused.getMessage());
    }

    @Test
    void aReceiptNamingTheSenderAsAvsenderCarriesItsSubUnitFromThere() {
        var factory = factory().bodyParties(AVSENDER, POSTKASSE);
        var payload = factory.payload();
        ((com.fasterxml.jackson.databind.node.ObjectNode)
                        payload.at("/standardBusinessDocument/leveringskvittering/avsender"))
                .put("avsenderidentifikator", "skatt-innkreving");
        var kvittering = reader.read(KvitteringFactory.sign(payload.toString(), postkasse));
        assertEquals("skatt-innkreving", kvittering.avsenderidentifikator());
    }

    @Test
    void receiptMustBeSignedByItsSbdhSender() {
        var factory = factory();
        var kvittering = receipt(factory, impostor);
        assertThrows(NotTheIssuer.class, () -> cut.check(kvittering, AVSENDER, conversation, factory.meldingsid()));
    }

    @Test
    void matchesTheLatestMessageTheSenderSentToTheIssuer() throws Exception {
        var kvittering = receipt(factory(), postkasse);
        Melding first = melding(AVSENDER, POSTKASSE);
        Thread.sleep(5);
        Melding latest = melding(AVSENDER, POSTKASSE);
        Melding others = melding(OTHER, POSTKASSE);
        assertEquals(
                latest.meldingsid(),
                cut.match(kvittering, AVSENDER, List.of(first, others, latest)).meldingsid());
    }

    @Test
    void aConversationTheSenderDidNotSendIsUnknown() {
        var kvittering = receipt(factory(), postkasse);
        assertThrows(UnknownConversation.class, () -> cut.match(kvittering, AVSENDER, List.of()));
        assertThrows(
                UnknownConversation.class, () -> cut.match(kvittering, AVSENDER, List.of(melding(OTHER, POSTKASSE))));
    }

    @Test
    void onlyTheProviderTheMessageWentToMayAnswerIt() {
        var kvittering = receipt(factory(), postkasse);
        assertThrows(
                NotTheRecipient.class, () -> cut.match(kvittering, AVSENDER, List.of(melding(AVSENDER, "974760673"))));
    }

    Melding melding(String avsender, String receiver) {
        return new Melding(
                UUID.randomUUID().toString(),
                conversation,
                "digital",
                KvitteringFactory.PROCESS,
                avsender,
                null,
                null,
                receiver,
                "fp",
                "jws");
    }

    static List<String> fieldNames(com.fasterxml.jackson.databind.JsonNode node) {
        var names = new java.util.ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names.stream().sorted().toList();
    }
}
