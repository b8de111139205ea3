package no.kurer.dpi.forwarding.control;

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
}
