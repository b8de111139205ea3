package no.kurer.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The claim and attempt bookkeeping every worked table shares. */
class WorkClaimTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 2, 12, 0, 0, 0, ZoneOffset.UTC);

    final WorkClaim cut = new WorkClaim();

    @Test
    void aFailedAttemptIsCountedAndFreesTheRowUntilItsNextAttempt() {
        cut.claim("a", NOW.plusMinutes(15));
        assertTrue(cut.heldBy("a"));
        assertFalse(cut.heldBy("b"));

        cut.failed("corner 3 answered 503", NOW.plusSeconds(10));

        assertEquals(1, cut.attempts());
        assertEquals("corner 3 answered 503", cut.lastError());
        assertNull(cut.claimedBy());
        assertNull(cut.claimedUntil());
        assertFalse(cut.dueAt(NOW.toInstant()));
        assertTrue(cut.dueAt(NOW.plusSeconds(10).toInstant()));
    }

    @Test
    void successClearsTheErrorAndAResetStartsCountingAfresh() {
        cut.failed("away", NOW);
        cut.succeeded();
        assertEquals(2, cut.attempts());
        assertNull(cut.lastError());
        assertNull(cut.nextAttemptAt());

        cut.failed("away", NOW);
        cut.reset(NOW.plusSeconds(30));
        assertEquals(0, cut.attempts());
        assertNull(cut.lastError());
        assertEquals(NOW.plusSeconds(30), cut.nextAttemptAt());
    }

    @Test
    void aHolderKeepsItsClaimWhileItWaitsToTryAgain() {
        cut.claim("a", NOW.plusMinutes(5));
        cut.attempted("checksum mismatch");
        cut.holdUntil(NOW.plusMinutes(1));
        cut.note("the broker is away");

        assertEquals(1, cut.attempts());
        assertEquals("a", cut.claimedBy());
        assertEquals(NOW.plusMinutes(1), cut.claimedUntil());
        assertEquals("the broker is away", cut.lastError());
    }

    @Test
    void aLongErrorIsCutWithAnEllipsisAndNeverSplitsACharacter() {
        cut.note("x".repeat(5000));
        assertEquals(WorkClaim.MAX_ERROR, cut.lastError().length());
        assertTrue(cut.lastError().endsWith("…"));

        String emoji = "x".repeat(WorkClaim.MAX_ERROR - 2) + "😀" + "tail";
        String fitted = WorkClaim.fit(emoji);
        assertTrue(fitted.length() <= WorkClaim.MAX_ERROR, fitted.length() + " characters");
        assertFalse(
                Character.isHighSurrogate(fitted.charAt(fitted.length() - 2)), "a half character before the ellipsis");
    }
}
