package no.kurer.broker.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.logging.Logger;

/**
 * Keeps Kurer's broker calls within Altinn's rate limits ({@link BrokerCall}): at most the limit, divided by the number of
 * instances sharing the integration ({@code broker.rate.instances}), in any window ({@code broker.rate.window-seconds},
 * Altinn's minute), with a small margin for the time a request takes to arrive. After a 429 no call to that endpoint
 * is made before its {@code Retry-After} has passed. A call waits in line at most {@code maxWait}; past that it is not
 * made and {@link BrokerUnreachable#rateLimited} says until when the broker is off limits.
 */
public class BrokerPacing {

    private static final Logger LOG = Logger.getLogger(BrokerPacing.class.getName());

    /** What the pacing reads: the window, each call's share of the limit, and the longest wait in line. */
    public record Limits(Duration window, ToIntFunction<BrokerCall> allowed, Duration maxWait) {}

    private final Clock clock;
    private final Map<BrokerCall, Deque<Instant>> made = new EnumMap<>(BrokerCall.class);
    private final Map<BrokerCall, Instant> blockedUntil = new EnumMap<>(BrokerCall.class);
    private final Supplier<Limits> limits;

    public BrokerPacing(Limits limits, Clock clock) {
        this(() -> limits, clock);
    }

    /** @param limits read anew for every call, so changed settings apply at once */
    public BrokerPacing(Supplier<Limits> limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Waits until the call may be made (and counts it as made), or throws {@link BrokerUnreachable#rateLimited}. */
    public void acquire(BrokerCall call) {
        Instant waitedSince = clock.instant();
        Duration maxWait = limits.get().maxWait();
        while (true) {
            Duration wait = reserve(call);
            if (wait.isZero()) {
                return;
            }
            Instant until = clock.instant().plus(wait);
            if (Duration.between(waitedSince, until).compareTo(maxWait) > 0) {
                throw BrokerUnreachable.rateLimited("Kurer makes no " + call.key()
                        + " call to the Altinn Broker before " + until + " (its rate limit)");
            }
            sleep(wait);
        }
    }

    /** The broker answered 429 for this call: none before {@code retryAfter} has passed. */
    public synchronized void tooMany(BrokerCall call, Duration retryAfter) {
        Instant until = clock.instant().plus(retryAfter);
        blockedUntil.merge(call, until, (a, b) -> a.isAfter(b) ? a : b);
        LOG.warning(() -> "the Altinn Broker answered 429 for " + call.key() + ": no such call before " + until);
    }

    /** Zero when the call is counted as made now, else how long to wait before asking again. */
    private synchronized Duration reserve(BrokerCall call) {
        Limits current = limits.get();
        Instant now = clock.instant();
        Instant blocked = blockedUntil.get(call);
        if (blocked != null && now.isBefore(blocked)) {
            return atLeastAMilli(Duration.between(now, blocked));
        }
        Duration window = current.window().plus(margin(current.window()));
        Deque<Instant> log = made.computeIfAbsent(call, c -> new ArrayDeque<>());
        while (!log.isEmpty() && !log.peekFirst().plus(window).isAfter(now)) {
            log.removeFirst();
        }
        int allowed = Math.max(1, current.allowed().applyAsInt(call));
        while (log.size() > allowed) {
            log.removeFirst();
        }
        if (log.size() == allowed) {
            return atLeastAMilli(Duration.between(now, log.peekFirst().plus(window)));
        }
        log.addLast(now);
        return Duration.ZERO;
    }

    private static Duration atLeastAMilli(Duration wait) {
        return wait.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : wait;
    }

    /** 2 % of the window, at least 100 ms: a request sent at the window's edge may arrive a little later. */
    private static Duration margin(Duration window) {
        Duration share = window.dividedBy(50);
        return share.compareTo(Duration.ofMillis(100)) < 0 ? Duration.ofMillis(100) : share;
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(Math.max(1, wait.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw BrokerUnreachable.rateLimited("interrupted while waiting for the broker's rate limit");
        }
    }
}
