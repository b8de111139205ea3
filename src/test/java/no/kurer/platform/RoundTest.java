package no.kurer.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import no.kurer.problems.Problem;
import org.junit.jupiter.api.Test;

/** How every timer runs its work: not before the start, not while off, never twice at once, a failure ends one round. */
class RoundTest {

    final Started started = new Started();
    final Round cut = new Round("Test round", RoundTest.class);
    final AtomicInteger rounds = new AtomicInteger();

    @Test
    void noWorkBeforeTheApplicationHasStarted() {
        cut.run(started, () -> true, rounds::incrementAndGet);
        assertEquals(0, rounds.get());

        started.onStart(null);
        cut.run(started, () -> true, rounds::incrementAndGet);
        assertEquals(1, rounds.get());
    }

    @Test
    void noWorkWhileTheFeatureIsOff() {
        started.onStart(null);
        cut.run(started, () -> false, rounds::incrementAndGet);
        assertEquals(0, rounds.get());
    }

    @Test
    void aFailedRoundIsLoggedAndTheNextRuns() {
        started.onStart(null);
        cut.run(started, () -> true, () -> {
            throw new IllegalStateException("database away");
        });
        cut.run(started, () -> true, () -> {
            throw new Problem(503, "broker-unavailable", "Broker unavailable", "Altinn answered 503");
        });
        cut.run(
                started,
                () -> {
                    throw new IllegalStateException("config unreadable");
                },
                rounds::incrementAndGet);
        cut.run(started, () -> true, rounds::incrementAndGet);
        assertEquals(1, rounds.get());
    }

    @Test
    void aTickWhileARoundRunsIsSkipped() throws Exception {
        started.onStart(null);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> cut.run(started, () -> true, () -> {
            rounds.incrementAndGet();
            inside.countDown();
            await(release);
        }));
        first.start();
        inside.await(10, TimeUnit.SECONDS);
        cut.run(started, () -> true, rounds::incrementAndGet);
        release.countDown();
        first.join(10_000);
        assertEquals(1, rounds.get());
        cut.run(started, () -> true, rounds::incrementAndGet);
        assertEquals(2, rounds.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
