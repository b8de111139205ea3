package no.kurer.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    final Backoff cut = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(10));

    @Test
    void firstRetryWaitsTheInitialDelayThenEachDoubles() {
        assertEquals(Duration.ofSeconds(10), cut.after(1));
        assertEquals(Duration.ofSeconds(20), cut.after(2));
        assertEquals(Duration.ofSeconds(40), cut.after(3));
        assertEquals(Duration.ofSeconds(320), cut.after(6));
    }

    @Test
    void neverWaitsLongerThanTheCap() {
        assertEquals(Duration.ofMinutes(10), cut.after(7));
        assertEquals(Duration.ofMinutes(10), cut.after(1_000_000));
    }

    @Test
    void capBelowInitialIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(5)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(5)));
    }

    @Test
    void dpoSendingDoublesFromTwoSecondsUpToFiveMinutes() {
        Backoff dpo = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5));
        assertEquals(Duration.ofSeconds(2), dpo.after(1));
        assertEquals(Duration.ofSeconds(4), dpo.after(2));
        assertEquals(Duration.ofSeconds(16), dpo.after(4));
        assertEquals(Duration.ofMinutes(5), dpo.after(9));
        assertEquals(Duration.ofMinutes(5), dpo.after(500));
    }
}
