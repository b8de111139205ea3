package no.kurer.admin.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import no.kurer.broker.entity.Direction;
import no.kurer.broker.entity.DpoMessage;
import no.kurer.broker.entity.DpoMessageStatus;
import no.kurer.broker.entity.DpoState;
import no.kurer.broker.entity.Sbd;
import org.junit.jupiter.api.Test;

/** What the admin page shows of a DPO message, and how many it asks for. */
class DpoMessagesResourceTest {

    static final String US = "991825827";
    static final String THEM = "987464291";

    @Test
    void theCounterpartIsTheReceiverOfAnOutgoingAndTheSenderOfAnIncomingMessage() {
        var out = AdminJson.dpoMessage(new DpoMessage(Direction.OUT, sbd(US, THEM), DpoState.CREATED), List.of());
        var in = AdminJson.dpoMessage(new DpoMessage(Direction.IN, sbd(THEM, US), DpoState.RECEIVED), List.of());

        assertEquals(THEM, out.get("counterpart"));
        assertEquals(THEM, in.get("counterpart"));
        assertEquals("OUT", out.get("direction"));
        assertEquals("IN", in.get("direction"));
        assertEquals("conversation-1", in.get("conversationId"));
    }

    @Test
    void bothPartiesAndTheReadTimeAreShownBesideTheCounterpart() {
        var out = AdminJson.dpoMessage(new DpoMessage(Direction.OUT, sbd(US, THEM), DpoState.CREATED), List.of());

        assertEquals(US, out.get("sender"));
        assertEquals(THEM, out.get("receiver"));
        assertEquals("message-1", out.get("messageId"));
        assertTrue(out.containsKey("readAt"), out.toString());
        assertNull(out.get("readAt"), "not read");
    }

    @Test
    void theLastStatusTimeIsThatOfTheNewestHistoryEntry() throws InterruptedException {
        DpoMessage message = new DpoMessage(Direction.OUT, sbd(US, THEM), DpoState.CREATED);
        DpoMessageStatus queued = message.moveTo(DpoState.QUEUED, "send requested");
        Thread.sleep(5);
        DpoMessageStatus delivered = message.moveTo(DpoState.DELIVERED, "downloaded");

        Map<String, Object> view = AdminJson.dpoMessage(message, List.of(queued, delivered));

        assertEquals(delivered.occurred().toString(), view.get("lastStatus"));
        assertEquals("DELIVERED", view.get("state"));
        assertEquals(2, ((List<?>) view.get("history")).size());
    }

    @Test
    void withoutHistoryTheLastStatusTimeIsTheLastUpdate() {
        DpoMessage message = new DpoMessage(Direction.IN, sbd(THEM, US), DpoState.RECEIVED);

        assertEquals(
                message.updated().toString(),
                AdminJson.dpoMessage(message, List.of()).get("lastStatus"));
    }

    @Test
    void fiftyMessagesUnlessAskedAndNeverMoreThanAThousand() {
        assertEquals(50, DpoMessagesResource.limit(null));
        assertEquals(10, DpoMessagesResource.limit(10));
        assertEquals(1, DpoMessagesResource.limit(0));
        assertEquals(1000, DpoMessagesResource.limit(100_000));
    }

    static Sbd sbd(String sender, String receiver) {
        return new Sbd(
                "message-1", "conversation-1", sender, receiver, "urn:no:difi:arkivmelding:xsd::arkivmelding", "{}");
    }
}
