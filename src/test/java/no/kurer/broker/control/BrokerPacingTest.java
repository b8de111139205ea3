package no.kurer.broker.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BrokerPacingTest {

    @Test
    void noMoreCallsInAWindowThanTheLimitDividedByTheInstances() {
        int instances = 2;
        BrokerPacing cut = new BrokerPacing(
                new BrokerPacing.Limits(
                        Duration.ofSeconds(1), call -> call.perMinute() / instances, Duration.ofSeconds(5)),
                Clock.systemUTC());
        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            cut.acquire(BrokerCall.SEARCH);
        }
        assertTrue(millisSince(start) < 500, "five of ten searches per window for each of two instances: no wait");
        cut.acquire(BrokerCall.SEARCH);
        assertTrue(millisSince(start) >= 1000, "the sixth waited for the window: " + millisSince(start));
        assertTrue(millisSince(start) < 2500, "and no longer than the window and its margin: " + millisSince(start));
    }

    @Test
    void afterA429TheEndpointWaitsAndAWaitPastTheBoundIsNotMade() {
        BrokerPacing cut = new BrokerPacing(
                new BrokerPacing.Limits(Duration.ofMinutes(1), BrokerCall::perMinute, Duration.ofMillis(300)),
                Clock.systemUTC());
        cut.tooMany(BrokerCall.DOWNLOAD, Duration.ofSeconds(30));
        long start = System.nanoTime();
        BrokerUnreachable limited = assertThrows(BrokerUnreachable.class, () -> cut.acquire(BrokerCall.DOWNLOAD));
        assertEquals("urn:kurer:problem:dpo-broker-rate-limited", limited.type());
        assertTrue(millisSince(start) < 200, "not waited in line: told at once");
        assertTrue(limited.getMessage().contains("download"), limited.getMessage());
        cut.acquire(BrokerCall.CONFIRM);
        start = System.nanoTime();
        cut.tooMany(BrokerCall.CONFIRM, Duration.ofMillis(200));
        cut.acquire(BrokerCall.CONFIRM);
        assertTrue(millisSince(start) >= 200, "a short Retry-After is waited out in line: " + millisSince(start));
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
