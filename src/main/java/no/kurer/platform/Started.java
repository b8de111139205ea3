package no.kurer.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;

/**
 * Whether the application has finished starting: set when the application context is initialized, after every other
 * observer of that event (the sandbox creates its CA and keys in one), and after the migrations, which the timers
 * depend on. Until then no timer does any work and {@code /health/ready} is DOWN.
 */
@ApplicationScoped
public class Started {

    private static final Logger LOG = Logger.getLogger(Started.class.getName());

    private volatile boolean ready;
    private final Rounds rounds = new Rounds();

    void onStart(
            @Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 1000) @Initialized(ApplicationScoped.class)
                    Object ignored) {
        ready = true;
        LOG.info("Kurer has started; background work begins");
    }

    public boolean ready() {
        return ready;
    }

    /** What the timers' rounds did since the start, for {@code /health/ready}. */
    public Rounds rounds() {
        return rounds;
    }
}
