package no.kurer.conversation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import no.kurer.conversation.entity.ReceiptStatus;
import no.kurer.conversation.entity.SbdFacts;
import no.kurer.conversation.entity.StatusMessage;
import org.junit.jupiter.api.Test;

/** The status message on the wire as Digdir's integration point writes it (NEXTMOVE.md §3). */
class StatusDocumentTest {

    @Test
    void aStatusMessageAnswersTheLetterWithItsOwnIdsAndTheStatusStandard() {
        StatusMessage levert =
                new StatusMessage("message-1", "conversation-1", "910075918", "910077473", ReceiptStatus.LEVERT);

        SbdFacts sent = SbdFacts.of(StatusDocument.json(levert));

        assertEquals("message-1", sent.messageId(), "the original's message id");
        assertEquals("conversation-1", sent.conversationId());
        assertEquals("910075918", sent.sender());
        assertEquals("910077473", sent.receiver(), "back to the letter's sender");
        assertEquals("urn:no:difi:eformidling:xsd::status", sent.standard());
        assertEquals("status", sent.type());
        assertEquals("urn:no:difi:profile:arkivmelding:response:ver1.0", sent.process());
        assertEquals("{\"status\":\"LEVERT\"}", sent.body().toString());
        assertEquals(
                "iso6523-actorid-upis",
                sent.root()
                        .path("standardBusinessDocumentHeader")
                        .path("receiver")
                        .path(0)
                        .path("identifier")
                        .path("authority")
                        .asText());
    }
}
