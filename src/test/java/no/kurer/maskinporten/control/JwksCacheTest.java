package no.kurer.maskinporten.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.keys.EllipticCurves;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JwksCacheTest {

    private static RsaJsonWebKey first;
    private static RsaJsonWebKey second;

    private JwksServer server;
    private TestClock clock;
    private JwksCache cut;

    @BeforeAll
    static void keys() throws Exception {
        first = RsaJwkGenerator.generateJwk(2048);
        first.setKeyId("first");
        second = RsaJwkGenerator.generateJwk(2048);
        second.setKeyId("second");
    }

    @BeforeEach
    void start() throws Exception {
        server = new JwksServer(first);
        clock = new TestClock(Instant.parse("2025-05-01T10:00:00Z"));
        cut = new JwksCache(server.uri(), Duration.ofSeconds(10), clock);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fetchesOnFirstUseAndServesKnownKeysFromCache() {
        assertEquals(0, server.fetches());
        assertEquals(first.getPublicKey(), ((RsaJsonWebKey) cut.key("first").orElseThrow()).getPublicKey());
        for (int i = 0; i < 50; i++) {
            assertTrue(cut.key("first").isPresent());
            clock.advance(Duration.ofSeconds(30));
        }
        assertEquals(1, server.fetches());
    }

    @Test
    void unknownKidRefreshesAtMostOncePerInterval() {
        cut.key("first");
        clock.advance(Duration.ofSeconds(10));

        assertTrue(cut.key("nope").isEmpty());
        assertTrue(cut.key("nope").isEmpty());
        assertTrue(cut.key("other").isEmpty());
        assertEquals(2, server.fetches());

        clock.advance(Duration.ofSeconds(9));
        assertTrue(cut.key("nope").isEmpty());
        assertEquals(2, server.fetches());

        clock.advance(Duration.ofSeconds(1));
        assertTrue(cut.key("nope").isEmpty());
        assertEquals(3, server.fetches());
    }

    @Test
    void aMinuteOfUnknownKidsCausesAtMostSixFetches() {
        for (int second = 0; second < 60; second++) {
            for (int i = 0; i < 20; i++) {
                cut.key(UUID.randomUUID().toString());
            }
            clock.advance(Duration.ofSeconds(1));
        }
        assertEquals(6, server.fetches());
    }

    @Test
    void thousandRandomKidsFromSixteenThreadsRefreshOnce() throws Exception {
        cut.key("first");
        clock.advance(Duration.ofSeconds(10));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> found = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                found.add(
                        pool.submit(() -> cut.key(UUID.randomUUID().toString()).isPresent()));
            }
            for (Future<Boolean> f : found) {
                assertEquals(false, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, server.fetches(), "one initial fetch plus one refresh");
        assertTrue(cut.key("first").isPresent());
    }

    @Test
    void newKidIsFoundAfterOneRefresh() {
        cut.key("first");
        server.publish(first, second);
        clock.advance(Duration.ofSeconds(10));

        assertEquals(second.getPublicKey(), ((RsaJsonWebKey) cut.key("second").orElseThrow()).getPublicKey());
        assertEquals(2, server.fetches());
    }

    @Test
    void failedFetchKeepsTheKnownKeys() {
        cut.key("first");
        server.failWith(500, "oops");
        clock.advance(Duration.ofSeconds(10));
        assertTrue(cut.key("second").isEmpty());
        clock.advance(JwksCache.MAX_AGE);
        assertTrue(cut.key("first").isPresent());

        server.failWith(200, "this is not json");
        clock.advance(Duration.ofSeconds(10));
        assertTrue(cut.key("first").isPresent());
        assertEquals(4, server.fetches(), "stale keys are retried once per interval while the JWKS is failing");
    }

    @Test
    void keyWithdrawnFromTheJwksIsDroppedOnceTheCacheIsOld() {
        cut.key("first");
        server.publish(second);
        clock.advance(Duration.ofMinutes(30));
        assertTrue(cut.key("first").isPresent(), "within max age a known key is not re-fetched");

        clock.advance(Duration.ofMinutes(31));
        assertTrue(cut.key("first").isEmpty());
        assertTrue(cut.key("second").isPresent());
    }

    @Test
    void encryptionKeysAreNotSigningKeys() throws Exception {
        JsonWebKey encryption = EcJwkGenerator.generateJwk(EllipticCurves.P256);
        encryption.setKeyId("enc");
        encryption.setUse("enc");
        server.publish(first, encryption);
        assertTrue(cut.key("enc").isEmpty());
        assertTrue(cut.key("first").isPresent());
    }
}
