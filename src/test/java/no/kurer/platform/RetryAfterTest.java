package no.kurer.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void secondsOrAnHttpDateAMinuteWhenAbsentAndNeverMoreThanTenMinutes() {
        assertEquals(Duration.ofSeconds(7), RetryAfter.parse("7", NOW));
        assertEquals(Duration.ofMinutes(1), RetryAfter.parse(null, NOW));
        assertEquals(Duration.ofMinutes(1), RetryAfter.parse("soon", NOW));
        String date =
                DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(90).atOffset(ZoneOffset.UTC));
        assertEquals(Duration.ofSeconds(90), RetryAfter.parse(date, NOW));
        assertEquals(Duration.ofMinutes(10), RetryAfter.parse("86400", NOW), "bounded");
    }

    @Test
    void afterA429NoCallUntilTheTimeGivenThenCallsAgain() {
        Clock[] clock = {Clock.fixed(NOW, ZoneOffset.UTC)};
        RetryAfter cut = new RetryAfter(new Clock() {
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return clock[0].instant();
            }
        });
        assertTrue(cut.waitingUntil().isEmpty());
        cut.tooMany("30");
        assertEquals(NOW.plusSeconds(30), cut.waitingUntil().orElseThrow());
        cut.tooMany("5");
        assertEquals(NOW.plusSeconds(30), cut.waitingUntil().orElseThrow(), "a shorter one does not shorten the wait");
        clock[0] = Clock.fixed(NOW.plusSeconds(30), ZoneOffset.UTC);
        assertTrue(cut.waitingUntil().isEmpty());
    }
}
