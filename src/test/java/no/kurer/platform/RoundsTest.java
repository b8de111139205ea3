package no.kurer.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import no.kurer.problems.Problem;
import org.junit.jupiter.api.Test;

/** What {@code /health/ready} says of the timers: how their rounds went, and which one has stopped. */
class RoundsTest {

    final Started started = new Started();
    final Round round = new Round("Test round", RoundsTest.class);

    @Test
    void aTimerThatStopsTickingIsNamedAfterThreeIntervals() throws Exception {
        started.onStart(null);
        round.run(started, () -> true, () -> {});
        Thread.sleep(1100);
        round.run(started, () -> true, () -> {});

        Rounds.Report now = started.rounds().report(Instant.now()).get("Test round");
        assertTrue(now.up(), now.text());
        assertTrue(now.text().startsWith("every 1 s; last success 0 s ago"), now.text());

        Rounds.Report later =
                started.rounds().report(Instant.now().plusSeconds(60)).get("Test round");
        assertFalse(later.up(), later.text());
        assertTrue(later.text().startsWith("DOWN: the timer has not run for 60 s"), later.text());
    }

    @Test
    void aFailedRoundIsNamedButKeepsKurerReady() {
        started.onStart(null);
        round.run(started, () -> true, () -> {
            throw new Problem(503, "broker-unavailable", "Broker unavailable", "Altinn answered 503");
        });
        Rounds.Report report = started.rounds().report(Instant.now()).get("Test round");
        assertTrue(report.up(), report.text());
        assertTrue(
                report.text().contains("no round has succeeded yet; last round failed 0 s ago")
                        && report.text().contains("Altinn answered 503"),
                report.text());
    }

    @Test
    void theConfiguredIntervalIsNamedThoughSlowRoundsSpreadTheTicks() {
        Rounds rounds = new Rounds();
        Instant start = Instant.parse("2026-12-02T12:00:00Z");
        Duration every = Duration.ofSeconds(1);
        rounds.ticked("Outbox round", start, every);
        rounds.ticked("Outbox round", start.plusSeconds(4), every); // a round on a slow machine took 4 s
        Rounds.Report report = rounds.report(start.plusSeconds(12)).get("Outbox round");
        assertTrue(report.up(), report.text());
        assertTrue(report.text().startsWith("every 1 s; no round has succeeded yet"), report.text());

        Rounds.Report silent = rounds.report(start.plusSeconds(30)).get("Outbox round");
        assertFalse(silent.up(), silent.text());
        assertTrue(
                silent.text().startsWith("DOWN: the timer has not run for 26 s (")
                        && silent.text().contains("(it runs every 1 s)"),
                silent.text());
    }

    @Test
    void aRoundThatHangsIsNamed() {
        Rounds rounds = new Rounds();
        Instant start = Instant.parse("2026-12-02T12:00:00Z");
        rounds.ticked("Outbox round", start, null);
        rounds.ticked("Outbox round", start.plusSeconds(5), null);
        rounds.began("Outbox round", start.plusSeconds(5));
        for (int tick = 10; tick <= 30; tick += 5) {
            rounds.ticked("Outbox round", start.plusSeconds(tick), null); // ticks that find the round running
        }
        Rounds.Report report = rounds.report(start.plusSeconds(30)).get("Outbox round");
        assertFalse(report.up(), report.text());
        assertTrue(report.text().startsWith("DOWN: a round has been running since 25 s ago"), report.text());

        rounds.ended("Outbox round", start.plusSeconds(31), null);
        assertTrue(rounds.report(start.plusSeconds(31)).get("Outbox round").up());
    }
}
