package no.kurer.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import no.kurer.configuration.Settings;
import no.kurer.testsupport.TestDatabase;
import no.kurer.testsupport.WebhookSubscriber;
import no.kurer.webhooks.entity.Subscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Create and change on H2 with WireMock subscribers: a ping that fails keeps everything as it was. */
class SubscriptionsTest {

    TestDatabase database;
    WebhookDatabase db;
    WebhookSubscriber good;
    WebhookSubscriber refusing;
    Subscriptions cut;

    @BeforeEach
    void start() {
        database = TestDatabase.h2("subscriptions");
        db = new WebhookDatabase(database.emf().createEntityManager());
        good = WebhookSubscriber.start();
        refusing = WebhookSubscriber.start();
        refusing.answer(404);
        SubscriptionStore store = new SubscriptionStore(db.em) {
            @Override
            public Subscription add(SubscriptionRequest valid, String owner) {
                return db.tx(() -> super.add(valid, owner));
            }

            @Override
            public Subscription find(String user, long id) {
                return db.tx(() -> super.find(user, id));
            }

            @Override
            public Subscription change(String user, long id, SubscriptionRequest valid) {
                return db.tx(() -> super.change(user, id, valid));
            }
        };
        cut = new Subscriptions(
                store,
                new WebhookSettings(new Settings(
                        key -> Optional.ofNullable(Map.<String, String>of().get(key)))));
    }

    @AfterEach
    void stop() {
        good.close();
        refusing.close();
        db.em.close();
        database.close();
    }

    static SubscriptionRequest request(String endpoint) {
        return new SubscriptionRequest("arkiv", endpoint, "all", "status", null);
    }

    @Test
    void aRefusedPingAtCreateSavesNothing() {
        PingFailed refused = assertThrows(PingFailed.class, () -> cut.create(request(refusing.endpoint())));
        assertTrue(refused.getMessage().contains("HTTP 404"), refused.getMessage());
        assertEquals(0L, db.tx(() -> new SubscriptionStore(db.em).count()));
    }

    @Test
    void aChangeOfEndpointIsPingedAndARefusalKeepsTheOldOne() {
        long id = cut.create(request(good.endpoint())).id();
        assertEquals(1, good.received().size());

        assertThrows(
                PingFailed.class,
                () -> cut.update(id, new SubscriptionRequest(null, refusing.endpoint(), null, null, null)));
        assertEquals(1, refusing.received().size(), "the new endpoint was pinged");
        assertEquals(
                good.endpoint(),
                db.tx(() -> new SubscriptionStore(db.em).find(null, id)).pushEndpoint());

        cut.update(id, new SubscriptionRequest(null, null, null, null, "status=FEIL"));
        assertEquals(1, good.received().size(), "no ping when the endpoint stays");
        assertEquals(
                "status=FEIL",
                db.tx(() -> new SubscriptionStore(db.em).find(null, id)).filter());
        assertThrows(UnknownSubscription.class, () -> cut.update(id + 1000, request(good.endpoint())));
    }
}
