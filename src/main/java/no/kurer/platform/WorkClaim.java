package no.kurer.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The claim and attempt columns of a row that background work takes on (an outgoing DPI letter, a DPO message, a
 * broker file, a system user onboarding), under the same names in every table: how many attempts were counted, when
 * the next one is due, which instance holds the row until when, and the last error. An instance takes a row with a
 * conditional UPDATE of {@code claimed_by}/{@code claimed_until} (or {@code next_attempt_at}) in its entity's named
 * query, so instances on one database never work a row at once and a crashed instance's claim simply runs out.
 */
@Embeddable
public class WorkClaim {

    /** The longest error kept ({@code last_error VARCHAR(2000)}); a longer one is cut with an ellipsis. */
    public static final int MAX_ERROR = 2000;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_until")
    private OffsetDateTime claimedUntil;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    /**
     * Runs an entity's claim query, a conditional UPDATE taking parameters {@code id}, {@code instance},
     * {@code until} and {@code now}: whether this instance took the row for {@code lease} (of several instances racing
     * for a row, exactly one sees an update count of 1).
     */
    public static boolean take(EntityManager em, String claimQuery, Object id, String instance, Duration lease) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return take(em, claimQuery, id, instance, now, now.plus(lease));
    }

    /** As {@link #take(EntityManager, String, Object, String, Duration)}, at {@code now}, held until {@code until}. */
    public static boolean take(
            EntityManager em, String claimQuery, Object id, String instance, OffsetDateTime now, OffsetDateTime until) {
        return em.createNamedQuery(claimQuery)
                        .setParameter("instance", instance)
                        .setParameter("until", until)
                        .setParameter("id", id)
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }

    /** Held by {@code by} until {@code until}. */
    public void claim(String by, OffsetDateTime until) {
        this.claimedBy = by;
        this.claimedUntil = until;
    }

    public boolean heldBy(String by) {
        return by.equals(claimedBy);
    }

    /** Nobody holds it; the next attempt is due at {@code next} (null: none). */
    public void release(OffsetDateTime next) {
        this.claimedBy = null;
        this.claimedUntil = null;
        this.nextAttemptAt = next;
    }

    /** An attempt failed: counted, its error kept, and the claim released until {@code next} (null: none). */
    public void failed(String error, OffsetDateTime next) {
        attempted(error);
        release(next);
    }

    /** An attempt failed: counted and its error kept; the claim stays as it is. */
    public void attempted(String error) {
        attempts++;
        note(error);
    }

    /** An attempt succeeded: counted, no error, nothing more to do. */
    public void succeeded() {
        attempts++;
        lastError = null;
        release(null);
    }

    /** Starts counting afresh: no error, the next attempt due at {@code next} (null: none). */
    public void reset(OffsetDateTime next) {
        attempts = 0;
        lastError = null;
        release(next);
    }

    /** Keeps an error without counting an attempt (an outage, or why the work ended). */
    public void note(String error) {
        this.lastError = fit(error);
    }

    /** Whether the next attempt is due at {@code now} (a row without one is). */
    public boolean dueAt(Instant now) {
        return nextAttemptAt == null || !nextAttemptAt.toInstant().isAfter(now);
    }

    /** Nobody tries before {@code when}. */
    public void postpone(OffsetDateTime when) {
        this.nextAttemptAt = when;
    }

    /** The holder keeps it until {@code until}, e.g. to try again after a backoff. */
    public void holdUntil(OffsetDateTime until) {
        this.claimedUntil = until;
    }

    /** {@code text} cut to {@link #MAX_ERROR} characters with an ellipsis, never splitting a surrogate pair. */
    public static String fit(String text) {
        if (text == null || text.length() <= MAX_ERROR) {
            return text;
        }
        int end = MAX_ERROR - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    public int attempts() {
        return attempts;
    }

    public OffsetDateTime nextAttemptAt() {
        return nextAttemptAt;
    }

    public String claimedBy() {
        return claimedBy;
    }

    public OffsetDateTime claimedUntil() {
        return claimedUntil;
    }

    public String lastError() {
        return lastError;
    }
}
