package no.kurer.sandbox.altinn.control;

import java.util.concurrent.atomic.AtomicInteger;

/** Fault mode: the next {@code count} API calls are answered with {@code status} (a 5xx), then Altinn recovers. */
public class Faults {

    private final AtomicInteger remaining = new AtomicInteger();
    private volatile int status = 503;

    public void failNext(int count, int failStatus) {
        if (failStatus < 500 || failStatus > 599) {
            throw new IllegalArgumentException("a fault is a 5xx status: " + failStatus);
        }
        status = failStatus;
        remaining.set(Math.max(0, count));
    }

    public void clear() {
        remaining.set(0);
    }

    /** Consumes one fault: the status to answer now, or 0 to answer normally. */
    public int next() {
        return remaining.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? status : 0;
    }

    public int remaining() {
        return remaining.get();
    }
}
