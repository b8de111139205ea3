package no.kurer.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import no.kurer.problems.Refusal;
import org.junit.jupiter.api.Test;

/** The refusals the admin page lists: the last hour's, by sender and reason, never more than a bounded number. */
class RefusalsTest {

    static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    final Refusals cut = new Refusals(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void countedBySenderStatusAndTypeTheMostFrequentFirst() {
        cut.add(refusal(NOW.minusSeconds(30), "991825827", 403, "not-the-sender"));
        cut.add(refusal(NOW.minusSeconds(20), "991825827", 409, "meldingsid-used"));
        cut.add(refusal(NOW.minusSeconds(10), "991825827", 409, "meldingsid-used"));
        cut.add(refusal(NOW.minusSeconds(5), null, 401, "invalid-token"));

        List<Refusals.Count> counts = cut.lastHour();

        assertEquals(3, counts.size(), counts.toString());
        assertEquals(
                new Refusals.Count(
                        "991825827", 409, "meldingsid-used", 2, NOW.minusSeconds(10), "POST /dpi/sendmelding/x"),
                counts.get(0));
        assertEquals(1, counts.get(1).count());
    }

    @Test
    void noneOlderThanAnHour() {
        cut.add(refusal(NOW.minus(Duration.ofMinutes(61)), "991825827", 403, "not-the-sender"));
        cut.add(refusal(NOW.minus(Duration.ofMinutes(59)), "991825827", 409, "meldingsid-used"));

        assertEquals(
                List.of("meldingsid-used"),
                cut.lastHour().stream().map(Refusals.Count::type).toList());
    }

    @Test
    void theOldestAreDroppedBeyondTheBound() {
        for (int i = 0; i < Refusals.MOST + 5; i++) {
            cut.add(refusal(NOW.minusSeconds(60), i < 5 ? "111111111" : "991825827", 409, "meldingsid-used"));
        }
        List<Refusals.Count> counts = cut.lastHour();
        assertEquals(1, counts.size(), "the five oldest should be gone: " + counts);
        assertEquals(Refusals.MOST, counts.get(0).count());
    }

    private static Refusal refusal(Instant at, String sender, int status, String type) {
        return new Refusal(at, status, type, "POST", "/dpi/sendmelding/x", sender);
    }
}
