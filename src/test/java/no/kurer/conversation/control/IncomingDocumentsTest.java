package no.kurer.conversation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import no.kurer.broker.entity.Sbd;
import no.kurer.configuration.Settings;
import no.kurer.conversation.entity.Conversation;
import no.kurer.conversation.entity.MessageStatus;
import no.kurer.conversation.entity.ReceiptStatus;
import no.kurer.conversation.entity.SbdFacts;
import no.kurer.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** What incoming status messages and kvitteringer do to the outgoing conversation they answer (NEXTMOVE.md §3). */
class IncomingDocumentsTest {

    static final String US = "910077473";
    static final String THEM = "910075918";
    static final TestDatabase DB = TestDatabase.h2("incoming-documents");

    @AfterAll
    static void close() {
        DB.close();
    }

    @Test
    void kvitteringerOkWarningAndUnknownAreLestErrorIsFeilWithTheReceipt() {
        for (String type : List.of("OK", "WARNING", "SOMETHING_NEW", "ERROR", "NOTSUPPORTED")) {
            Conversation sent = outgoing();
            String receipt = "{\"receiptType\":\"" + type + "\",\"relatedToMessageId\":\"" + sent.messageId() + "\"}";
            String consumed = in(d -> d.consume(
                    sbd(THEM, UUID.randomUUID().toString(), "other-conversation", "arkivmelding_kvittering", receipt)));
            MessageStatus status = statuses(sent).get(0);
            boolean failed = type.equals("ERROR") || type.equals("NOTSUPPORTED");
            assertEquals(failed ? ReceiptStatus.FEIL : ReceiptStatus.LEST, status.status(), type);
            assertEquals("ArkivmeldingKvittering: " + type, status.description());
            assertEquals(receipt, status.rawReceipt());
            assertTrue(consumed.contains("recorded"), consumed);
        }
    }

    @Test
    void aStatusCountsOnlyFromTheConversationsReceiverAndAnUnknownOneIsDropped() {
        Conversation sent = outgoing();
        String fromStranger = in(d -> d.consume(
                sbd("974760673", sent.messageId(), sent.conversationId(), "status", "{\"status\":\"LEVERT\"}")));
        assertTrue(fromStranger.contains("unknown conversation"), fromStranger);
        assertEquals(List.of(), statuses(sent));

        in(d -> d.consume(sbd(THEM, sent.messageId(), sent.conversationId(), "status", "{\"status\":\"MOTTATT\"}")));
        String again = in(d ->
                d.consume(sbd(THEM, sent.messageId(), sent.conversationId(), "status", "{\"status\":\"MOTTATT\"}")));
        assertTrue(again.contains("known already"), again);
        // the receiver has it, so it was sent: SENDT is recorded first when its own record has not been made yet
        assertEquals(
                List.of(ReceiptStatus.SENDT, ReceiptStatus.MOTTATT),
                statuses(sent).stream().map(MessageStatus::status).toList());
    }

    @Test
    void aLetterWithTimeLeftIsNotConsumed() {
        assertNull(in(d -> d.consume(sbd(THEM, UUID.randomUUID().toString(), "c", "arkivmelding", "{}"))));
    }

    private static Conversation outgoing() {
        String id = UUID.randomUUID().toString();
        Sbd sbd = sbd(US, id, UUID.randomUUID().toString(), "arkivmelding", "{}");
        String json = sbd.json()
                .replace(
                        "\"0192:" + US + "\"}}],\"receiver\":[{\"identifier\":{\"value\":\"0192:" + US,
                        "\"0192:" + US + "\"}}],\"receiver\":[{\"identifier\":{\"value\":\"0192:" + THEM);
        return in(d -> d.statuses.open(Conversation.OUTGOING, SbdFacts.of(json), null));
    }

    /** A document from {@code sender} to us. */
    private static Sbd sbd(String sender, String messageId, String conversationId, String type, String body) {
        String json = "{\"standardBusinessDocumentHeader\":{\"sender\":[{\"identifier\":{\"value\":\"0192:" + sender
                + "\"}}],\"receiver\":[{\"identifier\":{\"value\":\"0192:" + US + "\"}}],"
                + "\"documentIdentification\":{\"instanceIdentifier\":\"" + messageId + "\",\"type\":\"" + type
                + "\"},\"businessScope\":{\"scope\":[{\"type\":\"ConversationId\",\"instanceIdentifier\":\""
                + conversationId + "\"}]}},\"" + type + "\":" + body + "}";
        return new Sbd(messageId, conversationId, sender, US, type, json);
    }

    private static List<MessageStatus> statuses(Conversation conversation) {
        return in(d -> d.statuses.statuses(conversation.id()));
    }

    private static <T> T in(Function<IncomingDocuments, T> work) {
        EntityManager em = DB.emf().createEntityManager();
        try {
            em.getTransaction().begin();
            ConversationStatuses statuses = new ConversationStatuses();
            statuses.em = em;
            statuses.recorded = new RecordedEvents();
            statuses.settings = new ConversationSettings(new Settings(key -> Optional.empty()));
            IncomingDocuments cut = new IncomingDocuments();
            cut.em = em;
            cut.statuses = statuses;
            T result = work.apply(cut);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
