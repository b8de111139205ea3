package no.kurer.metrics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DatabaseCountsTest {

    final AtomicInteger queried = new AtomicInteger();
    final Map<String, Double> answer =
            new HashMap<>(Map.of(MetricsQueries.dpi("READY_FOR_FORWARDING"), 3.0, MetricsQueries.READY, 1.0));
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final DatabaseCounts cut = new DatabaseCounts();

    DatabaseCountsTest() {
        cut.queries = new MetricsQueries() {
            @Override
            Map<String, Double> count(Instant now) {
                queried.incrementAndGet();
                if (answer.isEmpty()) {
                    throw new IllegalStateException("the database does not answer");
                }
                return new HashMap<>(answer);
            }
        };
        cut.register(registry);
    }

    @Test
    void scrapesWithinTheIntervalShareOneCount() {
        for (int i = 0; i < 5; i++) {
            cut.refreshIfStale(Duration.ofMinutes(1));
        }
        assertEquals(1, queried.get());
        assertEquals(3.0, gauge("kurer.dpi.messages", "state", "READY_FOR_FORWARDING"));
        assertEquals(0.0, gauge("kurer.dpi.messages", "state", "FAILED"), "every state has its series from the start");
    }

    @Test
    void anOldCountIsCountedAgain() {
        cut.refreshIfStale(Duration.ZERO);
        answer.put(MetricsQueries.dpi("READY_FOR_FORWARDING"), 4.0);
        cut.refreshIfStale(Duration.ZERO);
        assertEquals(2, queried.get());
        assertEquals(4.0, gauge("kurer.dpi.messages", "state", "READY_FOR_FORWARDING"));
    }

    @Test
    void aFailedCountKeepsTheLastCountsAndIsNotReady() {
        cut.refreshIfStale(Duration.ZERO);
        answer.clear();
        cut.refreshIfStale(Duration.ZERO);
        assertEquals(3.0, gauge("kurer.dpi.messages", "state", "READY_FOR_FORWARDING"));
        assertEquals(0.0, registry.get("kurer.ready").gauge().value());
    }

    private double gauge(String name, String tag, String value) {
        return registry.get(name).tag(tag, value).gauge().value();
    }
}
