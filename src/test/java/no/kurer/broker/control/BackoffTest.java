package no.kurer.broker.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    final Backoff cut = new Backoff(Duration.ofSeconds(2));

    @Test
    void doublesFromTheFirstWaitUpToFiveMinutes() {
        assertEquals(Duration.ofSeconds(2), cut.after(1));
        assertEquals(Duration.ofSeconds(4), cut.after(2));
        assertEquals(Duration.ofSeconds(16), cut.after(4));
        assertEquals(Duration.ofMinutes(5), cut.after(9));
        assertEquals(Duration.ofMinutes(5), cut.after(500));
    }
}
