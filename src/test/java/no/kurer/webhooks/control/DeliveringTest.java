package no.kurer.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.kurer.configuration.Settings;
import no.kurer.conversation.control.StatusRecorded;
import no.kurer.conversation.entity.ReceiptStatus;
import no.kurer.testsupport.TestDatabase;
import no.kurer.testsupport.WebhookSubscriber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Delivery below the HTTP API, with the real classes on a migrated H2 and a WireMock subscriber: a status event reaches
 * each subscriber that wants it exactly once, in order, after refusals, and is given up after the last attempt, which
 * the administrator's overview counts.
 */
class DeliveringTest {

    static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 2, 12, 0, 0, 0, ZoneOffset.UTC);

    TestDatabase database;
    WebhookDatabase db;
    WebhookSubscriber subscriber;
    Delivering cut;

    @BeforeEach
    void start() {
        database = TestDatabase.h2("webhooks");
        db = new WebhookDatabase(database.emf().createEntityManager());
        subscriber = WebhookSubscriber.start();
        WebhookSettings settings = new WebhookSettings(new Settings(key -> Optional.ofNullable(Map.of(
                        "webhooks.max-attempts", "3",
                        "webhooks.initial-backoff-seconds", "1",
                        "webhooks.max-backoff-seconds", "1",
                        "webhooks.timeout-ms", "10000")
                .get(key))));
        cut = new Delivering(db.deliveries, settings);
    }

    @AfterEach
    void stop() {
        subscriber.close();
        db.em.close();
        database.close();
    }

    static StatusRecorded event(long statusId, String messageId, ReceiptStatus status) {
        return new StatusRecorded(statusId, messageId, "conv-" + messageId, "OUTGOING", "DPO", status, null, AT, null);
    }

    @Test
    void eachMatchingSubscriberGetsTheEventExactlyOnceAsEfmPostsIt() {
        long wanted = db.subscribe(subscriber.endpoint(), "status=LEVERT&direction=OUTGOING")
                .id();
        long other =
                db.subscribe(subscriber.endpoint() + "?other", "status=FEIL").id();

        db.record(event(1, "m-1", ReceiptStatus.LEVERT));
        assertEquals(1, cut.deliverDue());
        assertEquals(0, cut.deliverDue(), "a delivered event is not sent again");

        List<JsonNode> events = subscriber.events();
        assertEquals(1, events.size(), events.toString());
        assertEquals(
                EventBody.status(event(1, "m-1", ReceiptStatus.LEVERT)),
                events.get(0).toString());
        assertEquals(List.of("application/json"), subscriber.contentTypes());
        WebhookOverview.Row row = row(wanted);
        assertEquals(List.of(1L, 0L, 0L), List.of(row.delivered(), row.waiting(), row.failed()));
        assertEquals(0, row(other).delivered() + row(other).waiting(), "the filter leaves FEIL-only subscribers out");
    }

    @Test
    void aSubscriberThatRefusesTwiceGetsTheEventOnTheThirdAttemptAndEventsStayInOrder() throws Exception {
        long id = db.subscribe(subscriber.endpoint(), null).id();
        subscriber.refuseFirst(2);
        db.record(event(1, "first", ReceiptStatus.SENDT));
        db.record(event(2, "second", ReceiptStatus.MOTTATT));

        assertEquals(1, cut.deliverDue(), "the second waits behind the first");
        assertEquals(0, cut.deliverDue(), "not before the backoff");
        WebhookOverview.Row waiting = row(id);
        assertEquals(2, waiting.waiting());
        assertTrue(waiting.lastError().contains("HTTP 503: busy"), waiting.lastError());
        Thread.sleep(1100);
        assertEquals(1, cut.deliverDue());
        Thread.sleep(1100);
        assertEquals(2, cut.deliverDue(), "the first, then at once the second");

        List<String> got = subscriber.events().stream()
                .map(e -> e.path("messageId").asText())
                .toList();
        assertEquals(List.of("first", "first", "first", "second"), got);
        WebhookOverview.Row done = row(id);
        assertEquals(List.of(2L, 0L, 0L), List.of(done.delivered(), done.waiting(), done.failed()));
        assertNull(done.lastError(), "delivered deliveries keep no error");
    }

    @Test
    void afterTheLastAttemptTheDeliveryIsFailedForGoodAndCounted() throws Exception {
        long id = db.subscribe(subscriber.endpoint(), null).id();
        subscriber.answer(500);
        db.record(event(1, "doomed", ReceiptStatus.FEIL));

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertEquals(1, cut.deliverDue(), "attempt " + attempt);
            Thread.sleep(1100);
        }
        assertEquals(0, cut.deliverDue(), "no fourth attempt");
        assertEquals(3, subscriber.events().size());
        WebhookOverview.Row row = row(id);
        assertEquals(List.of(0L, 0L, 1L), List.of(row.delivered(), row.waiting(), row.failed()));
        assertTrue(row.lastError().contains("HTTP 500"), row.lastError());

        subscriber.answer(200);
        db.record(event(2, "later", ReceiptStatus.LEVERT));
        assertEquals(1, cut.deliverDue(), "a failed delivery does not hold up the next event");
        assertEquals("later", subscriber.events().get(3).path("messageId").asText());
    }

    @Test
    void anUnreachableSubscriberIsRetriedWithTheReason() {
        long id = db.subscribe("http://localhost:1/hook", null).id();
        db.record(event(1, "m-1", ReceiptStatus.SENDT));
        assertEquals(1, cut.deliverDue());
        WebhookOverview.Row row = row(id);
        assertEquals(1, row.waiting());
        assertTrue(row.lastError().contains("refused") || row.lastError().contains("reached"), row.lastError());
    }

    private WebhookOverview.Row row(long id) {
        return db.overview().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }
}
