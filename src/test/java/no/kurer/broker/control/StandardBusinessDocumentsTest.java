package no.kurer.broker.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import no.kurer.broker.entity.Sbd;
import org.junit.jupiter.api.Test;

class StandardBusinessDocumentsTest {

    static final String RECEIVER_ONLY = """
            {"standardBusinessDocumentHeader":{
              "receiver":[{"identifier":{"authority":"iso6523-actorid-upis","value":"0192:910753614"}}],
              "documentIdentification":{"type":"arkivmelding"}},
             "arkivmelding":{"hoveddokument":"arkivmelding.xml"}}
            """;

    final StandardBusinessDocuments cut =
            new StandardBusinessDocuments(Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));

    /** The document completed for a caller that acts for {@code ours} alone. */
    private Sbd outgoing(String json, String ours) {
        return cut.outgoing(json, ours, Set.of(ours));
    }

    @Test
    void completesAnOutgoingDocumentWithSenderIdsAndCreationTime() {
        Sbd sbd = outgoing(RECEIVER_ONLY, "999888771");

        assertEquals("999888771", sbd.sender());
        assertEquals("910753614", sbd.receiver());
        assertEquals("arkivmelding", sbd.documentType());
        assertFalse(sbd.messageId().isBlank());
        assertFalse(sbd.conversationId().isBlank());
        assertTrue(sbd.json().contains("\"creationDateAndTime\":\"2026-11-21T10:00Z\""), sbd.json());
        assertTrue(sbd.json().contains("\"hoveddokument\":\"arkivmelding.xml\""), "the business message is kept");
        assertEquals(sbd, cut.incoming(sbd.json()), "what Kurer sends reads back the same on the other side");
    }

    @Test
    void keepsTheIdentifiersTheLocalSystemChose() {
        String json = RECEIVER_ONLY.replace(
                "{\"type\":\"arkivmelding\"}",
                "{\"type\":\"arkivmelding\",\"instanceIdentifier\":\"m-1\"},"
                        + "\"businessScope\":{\"scope\":[{\"type\":\"ConversationId\",\"instanceIdentifier\":\"c-1\"}]}");
        Sbd sbd = outgoing(json, "999888771");
        assertEquals("m-1", sbd.messageId());
        assertEquals("c-1", sbd.conversationId());
    }

    @Test
    void refusesAnotherSenderNonJsonAndAReceiverThatIsNoOrganisation() {
        String otherSender = RECEIVER_ONLY.replace(
                "\"receiver\"", "\"sender\":[{\"identifier\":{\"value\":\"0192:991825827\"}}],\"receiver\"");
        assertEquals(
                403,
                assertThrows(NotOurOrganisation.class, () -> outgoing(otherSender, "999888771"))
                        .status());
        assertEquals(
                400,
                assertThrows(InvalidSbd.class, () -> outgoing("not json", "999888771"))
                        .status());
        assertThrows(InvalidSbd.class, () -> outgoing(RECEIVER_ONLY.replace("0192:910753614", "12345"), "999888771"));
        assertThrows(InvalidSbd.class, () -> cut.incoming("{\"standardBusinessDocumentHeader\":{}}"));
    }

    @Test
    void refusesWhatDigdirsIntegrationPointRefusesAndIdsThatAreNoIdentifiers() {
        String noType = RECEIVER_ONLY.replace("{\"type\":\"arkivmelding\"}", "{}");
        assertTrue(assertThrows(InvalidSbd.class, () -> outgoing(noType, "999888771"))
                .detail()
                .contains("documentIdentification.type"));
        String noBusinessMessage =
                RECEIVER_ONLY.replace(",\n \"arkivmelding\":{\"hoveddokument\":\"arkivmelding.xml\"}", "");
        assertTrue(assertThrows(InvalidSbd.class, () -> outgoing(noBusinessMessage, "999888771"))
                .detail()
                .contains("business message"));
        for (String id : new String[] {"a b", "%zz", "<img src=x>", "a/b", "x".repeat(101)}) {
            String json = RECEIVER_ONLY.replace(
                    "{\"type\":\"arkivmelding\"}", "{\"type\":\"arkivmelding\",\"instanceIdentifier\":\"" + id + "\"}");
            assertTrue(assertThrows(InvalidSbd.class, () -> outgoing(json, "999888771"), id)
                    .detail()
                    .contains("instanceIdentifier"));
        }
        String reason = assertThrows(InvalidSbd.class, () -> outgoing("{\"a\":", "999888771"))
                .detail();
        assertTrue(reason.contains("(line 1, column") && !reason.contains("Source"), reason);
    }

    @Test
    void anIncomingDocumentWithAFieldLongerThanItsColumnIsRefusedBeforeAnythingIsStored() throws Exception {
        Sbd sbd = outgoing(RECEIVER_ONLY, "910753614");
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(sbd.json());
        root.with("standardBusinessDocumentHeader")
                .with("documentIdentification")
                .put("type", "x".repeat(200));
        String longType = root.toString();
        InvalidSbd type = assertThrows(InvalidSbd.class, () -> cut.incoming(longType));
        assertTrue(type.detail().contains("documentIdentification.type"), type.detail());
        String huge = sbd.json().replaceFirst("\\{", "{\"stort\":{\"tekst\":\"" + "y".repeat(1_500_000) + "\"},");
        InvalidSbd size = assertThrows(InvalidSbd.class, () -> cut.incoming(huge));
        assertTrue(size.detail().contains("at most 1000000"), size.detail());
    }
}
