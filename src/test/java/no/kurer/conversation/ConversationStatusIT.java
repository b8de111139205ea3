package no.kurer.conversation;

import static no.kurer.conversation.EfmClient.fields;
import static no.kurer.conversation.EfmClient.fieldsOf;
import static no.kurer.conversation.EfmClient.statuses;
import static no.kurer.testsupport.Kurer.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kurer.testsupport.Admin;
import no.kurer.testsupport.BrokerParty;
import no.kurer.testsupport.Corner1;
import no.kurer.testsupport.Kurer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16: the eFormidling statuses on a real Payara Micro through the sandbox broker. Kurer sends to itself (the
 * sandbox operator organisation is its own receiver), so both ends of a conversation and the status messages between
 * them are Kurer's; another organisation (the test) answers with status messages and a kvittering of its own.
 */
@ExtendWith(ArquillianExtension.class)
class ConversationStatusIT {

    static final String KURER = "999888771";
    static final String OTHER = "910753614";
    static final Duration ROUNDS = Duration.ofSeconds(90);

    final Corner1 c1 = new Corner1(Kurer.base());
    final EfmClient efm = new EfmClient(c1);
    final BrokerParty other = new BrokerParty(c1, OTHER);

    @Deployment(testable = false)
    static WebArchive kurer() {
        return Kurer.war();
    }

    @Test
    void aLetterToOurselvesWalksEveryStatusAndTheStatusMessagesNeverReachTheInbox() {
        String messageId =
                efm.sendLetter(BrokerParty.sbd(KURER, KURER, UUID.randomUUID().toString(), uuid()));
        assertEquals(200, efm.requestSend(messageId).statusCode());

        efm.awaitStatus(messageId, "OUTGOING", "MOTTATT", ROUNDS);
        JsonNode incoming = efm.conversation(messageId, "INCOMING");
        assertEquals(List.of("OPPRETTET", "INNKOMMENDE_MOTTATT"), statuses(incoming));
        assertEquals(200, efm.take(messageId).statusCode());

        JsonNode outgoing = efm.awaitStatus(messageId, "OUTGOING", "LEVERT", ROUNDS);
        assertEquals(List.of("OPPRETTET", "SENDT", "MOTTATT", "LEVERT"), statuses(outgoing));
        assertTrue(outgoing.path("finished").asBoolean(), outgoing.toString());
        assertEquals(fieldsOf("conversation.json"), fields(outgoing));
        assertEquals(KURER, outgoing.path("receiverIdentifier").asText());
        incoming = efm.conversation(messageId, "INCOMING");
        assertEquals(List.of("OPPRETTET", "INNKOMMENDE_MOTTATT", "INNKOMMENDE_LEVERT"), statuses(incoming));
        assertTrue(incoming.path("finished").asBoolean());

        // the sender's /api/statuses, in the order they were recorded
        JsonNode page = efm.get("/api/statuses/" + messageId + "?size=100");
        List<String> sendersStatuses = new ArrayList<>();
        page.path("content").forEach(s -> {
            if (s.path("convId").asLong() == outgoing.path("id").asLong()) {
                sendersStatuses.add(s.path("status").asText());
            }
        });
        assertEquals(List.of("OPPRETTET", "SENDT", "MOTTATT", "LEVERT"), sendersStatuses);
        assertEquals(7, page.path("totalElements").asLong(), page.toString());
        JsonNode levert = efm.get("/api/statuses?messageId=" + messageId + "&status=LEVERT")
                .path("content")
                .path(0);
        List<String> expected = new ArrayList<>(fieldsOf("status.json"));
        expected.removeAll(List.of("description", "rawReceipt")); // null here, so omitted
        assertEquals(expected, fields(levert));

        // the status messages were never letters: one message out, one in, and nothing else with this id
        JsonNode all = Corner1.readTree(new Admin(Kurer.base())
                .get("/admin/dpo/messages?max=1000", Admin.basic(Admin.USER, Admin.PASSWORD))
                .body());
        List<String> withId = new ArrayList<>();
        for (JsonNode m : all) {
            if (messageId.equals(m.path("messageId").asText())) {
                withId.add(m.path("direction").asText() + " " + EfmClient.statuses(m, "efmStatuses"));
            }
        }
        // the admin page shows each message's eFormidling statuses
        assertEquals(
                List.of(
                        "IN [OPPRETTET, INNKOMMENDE_MOTTATT, INNKOMMENDE_LEVERT]",
                        "OUT [OPPRETTET, SENDT, MOTTATT, LEVERT]"),
                withId.stream().sorted().toList(),
                "DPO messages with the id " + messageId);

        // only outgoing conversations by id
        assertEquals(
                outgoing.path("id").asLong(),
                efm.get("/api/conversations/" + outgoing.path("id").asLong())
                        .path("id")
                        .asLong());
        assertEquals(
                outgoing.path("id").asLong(),
                efm.get("/api/conversations/messageId/" + messageId).path("id").asLong());
        assertProblem(
                efm.send("GET", "/api/conversations/" + incoming.path("id").asLong(), null, null),
                404,
                "efm-unknown-conversation");
    }

    @Test
    void theOtherOrganisationsStatusesAndKvitteringUpdateTheOutgoingConversation() {
        other.identity();
        String messageId =
                efm.sendLetter(BrokerParty.sbd(KURER, OTHER, UUID.randomUUID().toString(), uuid()));
        assertEquals(200, efm.requestSend(messageId).statusCode());
        String conversationId = efm.awaitStatus(messageId, "OUTGOING", "SENDT", ROUNDS)
                .path("conversationId")
                .asText();

        other.send(KURER, BrokerParty.dpoFile(BrokerParty.statusSbd(OTHER, KURER, messageId, conversationId), null));
        efm.awaitStatus(messageId, "OUTGOING", "MOTTATT", ROUNDS);
        String receipt = "{\"receiptType\":\"ERROR\",\"relatedToMessageId\":\"" + messageId
                + "\",\"messages\":[{\"code\":\"E1\",\"text\":\"Arkivet tok ikke imot\"}]}";
        other.send(KURER, BrokerParty.dpoFile(kvittering(messageId, conversationId, receipt), null));
        JsonNode outgoing = efm.awaitStatus(messageId, "OUTGOING", "FEIL", ROUNDS);
        assertEquals(List.of("OPPRETTET", "SENDT", "MOTTATT", "FEIL"), statuses(outgoing));
        assertTrue(outgoing.path("finished").asBoolean());
        JsonNode feil = efm.get("/api/statuses?messageId=" + messageId + "&status=FEIL")
                .path("content")
                .path(0);
        assertEquals("ArkivmeldingKvittering: ERROR", feil.path("description").asText());
        assertEquals(
                Corner1.readTree(receipt),
                Corner1.readTree(feil.path("rawReceipt").asText()));
        assertEquals(fieldsOf("status.json"), fields(feil));

        // a status for no conversation of Kurer's is confirmed and dropped; neither is ever in the inbox
        String stray = uuid();
        String strayTransfer =
                other.send(KURER, BrokerParty.dpoFile(BrokerParty.statusSbd(OTHER, KURER, stray, uuid()), null));
        EfmClient.await(
                "the stray status confirmed",
                ROUNDS,
                () -> "DownloadConfirmed"
                                .equals(other.overview(strayTransfer)
                                        .path("recipients")
                                        .path(0)
                                        .path("currentRecipientFileTransferStatusCode")
                                        .asText())
                        ? 1
                        : null);
        assertEquals(
                0,
                efm.get("/api/conversations?messageId=" + stray)
                        .path("totalElements")
                        .asLong());
        for (String id : List.of(messageId, stray)) {
            assertFalse(efm.storedIncoming(id), id + " is no incoming message");
        }
    }

    @Test
    void expiredConversationsGoLevetidUtloptInBothDirections() {
        other.identity();
        // at send time: already past its expectedResponseDateTime → 400, and LEVETID_UTLOPT
        String late = efm.sendLetter(expiring(BrokerParty.sbd(KURER, OTHER, uuid(), uuid()), now().minusMinutes(1)));
        assertProblem(efm.requestSend(late), 400, "dpo-message-expired");
        assertEquals(List.of("OPPRETTET", "LEVETID_UTLOPT"), statuses(efm.conversation(late, "OUTGOING")));

        // on arrival: the letter is not kept
        String arrived = uuid();
        other.send(
                KURER,
                other.dpoFile(
                        expiring(BrokerParty.sbd(OTHER, KURER, arrived, uuid()), now().minusMinutes(1)),
                        KURER,
                        Map.of("arkivmelding.xml", new byte[10])));
        JsonNode in = efm.awaitStatus(arrived, "INCOMING", "LEVETID_UTLOPT", ROUNDS);
        assertEquals(List.of("OPPRETTET", "LEVETID_UTLOPT"), statuses(in));
        assertFalse(efm.storedIncoming(arrived), "an expired letter is not kept");

        // while waiting: the expiry timer (every dpo.expiry-interval-seconds, 30 s by default)
        String waiting = efm.sendLetter(expiring(BrokerParty.sbd(KURER, OTHER, uuid(), uuid()), now().plusSeconds(3)));
        JsonNode expired = efm.awaitStatus(waiting, "OUTGOING", "LEVETID_UTLOPT", Duration.ofSeconds(120));
        assertEquals(List.of("OPPRETTET", "LEVETID_UTLOPT"), statuses(expired));
        assertTrue(expired.path("finished").asBoolean());
    }

    @Test
    void theStatusQueueIsEmptyAndBadFiltersAreRefused() {
        assertEquals(204, efm.send("GET", "/api/statuses/peek", null, null).statusCode());
        assertProblem(efm.send("DELETE", "/api/statuses/1", null, null), 404, "efm-status-not-queued");
        assertProblem(efm.send("GET", "/api/statuses?status=NOPE", null, null), 400, "invalid-parameter");
        assertProblem(efm.send("GET", "/api/statuses?fromDateTime=yesterday", null, null), 400, "invalid-parameter");
        assertProblem(efm.send("GET", "/api/conversations?direction=SIDEWAYS", null, null), 400, "invalid-parameter");
        assertProblem(
                efm.send("GET", "/api/conversations/messageId/" + uuid(), null, null), 404, "efm-unknown-conversation");
        JsonNode queue = efm.get("/api/conversations/queue");
        assertEquals(0, queue.path("totalElements").asLong());
        assertTrue(queue.path("empty").asBoolean());
    }

    private static String kvittering(String messageId, String conversationId, String receipt) {
        return BrokerParty.statusSbd(OTHER, KURER, UUID.randomUUID().toString(), conversationId)
                .replace("urn:no:difi:eformidling:xsd::status", "urn:no:difi:arkivmelding:xsd::arkivmelding_kvittering")
                .replace("\"type\":\"status\"", "\"type\":\"arkivmelding_kvittering\"")
                .replace("\"status\":{\"status\":\"MOTTATT\"}", "\"arkivmelding_kvittering\":" + receipt);
    }

    private static String expiring(String sbd, OffsetDateTime when) {
        String process = "\"identifier\":\"urn:no:difi:profile:arkivmelding:administrasjon:ver1.0\"";
        return sbd.replace(
                process, process + ",\"scopeInformation\":[{\"expectedResponseDateTime\":\"" + when + "\"}]");
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }
}
