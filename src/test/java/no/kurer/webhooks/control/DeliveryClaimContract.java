package no.kurer.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import no.kurer.conversation.control.StatusRecorded;
import no.kurer.conversation.entity.ReceiptStatus;
import no.kurer.platform.Backoff;
import no.kurer.testsupport.DatabaseServer;
import no.kurer.testsupport.TestDatabase;
import no.kurer.webhooks.entity.Delivery;
import no.kurer.webhooks.entity.DeliveryState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Claiming webhook deliveries on each database Kurer supports, with two instances (two persistence contexts) on one
 * database: only one takes a delivery, a crashed instance's claim runs out for the other, only a subscription's
 * oldest waiting delivery is due, and an event is written once per subscription.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DeliveryClaimContract {

    static final Duration LEASE = Duration.ofMinutes(2);
    static final Backoff BACKOFF = new Backoff(Duration.ofHours(1), Duration.ofHours(1));

    private DatabaseServer database;
    private TestDatabase kurer;
    private WebhookDatabase one;
    private WebhookDatabase other;

    abstract DatabaseServer startDatabase() throws Exception;

    @BeforeAll
    void start() throws Exception {
        database = startDatabase();
        kurer = TestDatabase.on(database, "webhooks", Map.of("eclipselink.logging.level", "OFF"));
        one = new WebhookDatabase(kurer.emf().createEntityManager());
        other = new WebhookDatabase(kurer.emf().createEntityManager());
    }

    @AfterAll
    void stop() throws Exception {
        one.em.close();
        other.em.close();
        kurer.close();
        database.close();
    }

    @BeforeEach
    void empty() {
        one.tx(() -> {
            new SubscriptionStore(one.em).removeAll();
            return null;
        });
    }

    static StatusRecorded event(long statusId) {
        return new StatusRecorded(
                statusId,
                "m-" + statusId,
                "c",
                "INCOMING",
                "DPO",
                ReceiptStatus.INNKOMMENDE_MOTTATT,
                null,
                OffsetDateTime.now(ZoneOffset.UTC),
                null);
    }

    @Test
    void oneInstanceTakesADeliveryAndTheOtherLeavesIt() {
        one.subscribe("http://localhost/a", null);
        one.record(event(1));
        long id = single(one.deliveries.due(Delivery.now(), 10));
        assertEquals(List.of(id), other.deliveries.due(Delivery.now(), 10));

        assertTrue(one.deliveries.claim(id, "one", LEASE));
        assertFalse(other.deliveries.claim(id, "other", LEASE), "held by the first instance");
        assertEquals(List.of(), other.deliveries.due(Delivery.now(), 10), "a held delivery is not due");
        one.deliveries.delivered(id);
        assertFalse(other.deliveries.claim(id, "other", LEASE), "a delivered event is never claimed again");
    }

    @Test
    void aCrashedInstancesClaimRunsOutAndTheOtherTakesItOver() throws Exception {
        one.subscribe("http://localhost/a", null);
        one.record(event(2));
        long id = single(one.deliveries.due(Delivery.now(), 10));
        assertTrue(one.deliveries.claim(id, "crashed", Duration.ofMillis(1)));
        Thread.sleep(20);
        assertEquals(List.of(id), other.deliveries.due(Delivery.now(), 10));
        assertTrue(other.deliveries.claim(id, "other", LEASE));
        assertNotNull(other.deliveries.outgoing(id));
    }

    @Test
    void onlyEachSubscriptionsOldestWaitingDeliveryIsDueAndAFailureWaitsOutItsBackoff() {
        one.subscribe("http://localhost/a", null);
        one.subscribe("http://localhost/b", "direction=INCOMING");
        one.record(event(3));
        one.record(event(4));
        List<Long> due = one.deliveries.due(Delivery.now(), 10);
        assertEquals(2, due.size(), "one per subscription: " + due);

        long first = due.get(0);
        assertTrue(one.deliveries.claim(first, "one", LEASE));
        assertEquals(DeliveryState.WAITING, one.deliveries.failed(first, "HTTP 503", 5, BACKOFF));
        assertEquals(List.of(due.get(1)), one.deliveries.due(Delivery.now(), 10), "the later event waits behind it");
        assertEquals(2, one.deliveries.due(Delivery.now().plusHours(2), 10).size(), "due again after the backoff");
        assertEquals(DeliveryState.FAILED, one.deliveries.failed(first, "HTTP 503", 2, BACKOFF));
        assertEquals(2, one.deliveries.due(Delivery.now(), 10).size(), "a FAILED delivery holds nothing up");
    }

    @Test
    void anEventIsWrittenOncePerSubscription() {
        one.subscribe("http://localhost/a", null);
        one.record(event(5));
        assertThrows(PersistenceException.class, () -> other.record(event(5)));
        assertEquals(1, one.overview().get(0).waiting());
    }

    private static long single(List<Long> ids) {
        assertEquals(1, ids.size(), ids.toString());
        return ids.get(0);
    }
}
