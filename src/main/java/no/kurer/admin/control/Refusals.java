package no.kurer.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kurer.problems.Refusal;

/**
 * The refusals of the last hour on this instance, so that an operator can answer a sender's "why 403?" without reading
 * logs. Kept in memory, not in the database: they are a diagnosis of what this instance answered, a refusal must cost
 * no write, and a restart losing an hour of them loses nothing a sender sent. Bounded: at most {@link #MOST} refusals,
 * the oldest dropped first, and none older than an hour. With several instances, each page shows its own instance's.
 */
@ApplicationScoped
public class Refusals {

    static final int MOST = 10_000;
    static final Duration KEPT = Duration.ofHours(1);

    private final Deque<Refusal> recent = new ArrayDeque<>();
    private final Clock clock;

    public Refusals() {
        this(Clock.systemUTC());
    }

    Refusals(Clock clock) {
        this.clock = clock;
    }

    void observe(@Observes Refusal refusal) {
        add(refusal);
    }

    synchronized void add(Refusal refusal) {
        recent.addLast(refusal);
        if (recent.size() > MOST) {
            recent.removeFirst();
        }
    }

    /** The last hour's refusals by sender, status and problem type, the most frequent first. */
    public synchronized List<Count> lastHour() {
        Instant since = clock.instant().minus(KEPT);
        while (!recent.isEmpty() && recent.peekFirst().at().isBefore(since)) {
            recent.removeFirst();
        }
        Map<List<Object>, Count> counts = new LinkedHashMap<>();
        for (Refusal r : recent) {
            counts.merge(
                    List.of(String.valueOf(r.sender()), r.status(), r.type()),
                    new Count(r.sender(), r.status(), r.type(), 1, r.at(), r.method() + " " + r.path()),
                    Count::plus);
        }
        return counts.values().stream()
                .sorted(Comparator.comparingLong(Count::count).reversed())
                .toList();
    }

    /** How often a sender ({@code null}: unknown) was refused with this status and type, and the last time. */
    public record Count(String sender, int status, String type, long count, Instant last, String lastRequest) {

        Count plus(Count later) {
            return new Count(sender, status, type, count + later.count, later.last, later.lastRequest);
        }
    }
}
