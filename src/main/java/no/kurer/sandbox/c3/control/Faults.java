package no.kurer.sandbox.c3.control;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fault modes for tests: refuse the next N new messages (503), and let every receiving call wait before
 * it answers. Startup defaults come from {@code sandbox.c3.refuse-first} and {@code sandbox.c3.delay-ms};
 * {@link #reset()} clears both.
 */
public class Faults {

    private final AtomicInteger refusalsLeft = new AtomicInteger();
    private final AtomicLong delayMillis = new AtomicLong();

    public Faults(int refuseFirst, long delayMillis) {
        set(refuseFirst, delayMillis);
    }

    public final void set(int refuseFirst, long delayMillis) {
        if (refuseFirst < 0 || delayMillis < 0) {
            throw new IllegalArgumentException("refuseFirst and delayMillis cannot be negative");
        }
        this.refusalsLeft.set(refuseFirst);
        this.delayMillis.set(delayMillis);
    }

    public void reset() {
        set(0, 0);
    }

    public int refusalsLeft() {
        return refusalsLeft.get();
    }

    public long delayMillis() {
        return delayMillis.get();
    }

    /** Waits the configured delay (the caller's thread; interruption ends the wait). */
    public void pause() {
        long millis = delayMillis.get();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Takes one refusal if any is left; @throws RefusedByFaultMode then. */
    public void refuseIfAsked() {
        int left = refusalsLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0);
        if (left > 0) {
            throw new RefusedByFaultMode(left - 1);
        }
    }
}
