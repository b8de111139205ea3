package no.kurer.metrics.control;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The counts Kurer's code makes, one static line per call site, so that classes CDI does not build count too. They go
 * to Micrometer's global registry, to which {@link Registry} adds the Prometheus registry at start; while it has none
 * ({@code metrics.enabled=false}, or a unit test) they record nothing. Names and labels: docs/monitoring/README.md.
 */
public final class Meters {

    private static final MeterRegistry REGISTRY = Metrics.globalRegistry;
    private static final Duration[] LATENCY_BUCKETS = {
        Duration.ofMillis(25),
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofMillis(2500),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30)
    };

    private Meters() {}

    /** A letter accepted whole (forretningsmelding and dokumentpakke stored): it is in the outbox. */
    public static void accepted() {
        REGISTRY.counter("kurer.dpi.accepted").increment();
    }

    /** A request answered with a problem: its type's slug and its status. */
    public static void refused(String type, int status) {
        REGISTRY.counter("kurer.refusals", "type", String.valueOf(type), "status", String.valueOf(status))
                .increment();
    }

    /** One request to the C2 API ({@code /dpi/…}) and how long Kurer took to answer it. */
    public static void dpiRequest(String method, int status, Duration took) {
        Timer.builder("kurer.dpi.request")
                .tags("method", method, "status", String.valueOf(status))
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(REGISTRY)
                .record(took);
    }

    /**
     * Hands a letter to corner 3 ({@code transport} REST or AS4), counting the attempt, and its failure if it fails (the
     * failure series exists from the first attempt, at 0).
     */
    public static void forwardAttempt(String receiver, String transport, Runnable forward) {
        Counter failures = REGISTRY.counter("kurer.dpi.forward.failures", "receiver", receiver, "transport", transport);
        REGISTRY.counter("kurer.dpi.forward.attempts", "receiver", receiver, "transport", transport)
                .increment();
        try {
            forward.run();
        } catch (RuntimeException e) {
            failures.increment();
            throw e;
        }
    }

    /** A receipt (kvittering) corner 3 delivered, by its type ({@code mottak}, {@code levering}, …). */
    public static void receipt(String type) {
        REGISTRY.counter("kurer.dpi.receipts", "type", type).increment();
    }

    /** One call to the Altinn broker and its HTTP status ({@code 0} when the broker did not answer). */
    public static void brokerCall(String endpoint, int status) {
        REGISTRY.counter("kurer.dpo.broker.calls", "endpoint", endpoint, "status", String.valueOf(status))
                .increment();
    }

    /** Bytes of DPO packages moved through the broker: {@code out} uploaded, {@code in} downloaded. */
    public static void bytes(String direction, long count) {
        Counter.builder("kurer.dpo.bytes")
                .baseUnit("bytes")
                .tag("direction", direction)
                .register(REGISTRY)
                .increment(count);
    }

    /** Asks {@code service} ({@code maskinporten}, {@code altinn}) for a token, counting the request and its failure. */
    public static <T> T tokenRequest(String service, Supplier<T> request) {
        Counter failures = REGISTRY.counter("kurer.token.failures", "service", service);
        REGISTRY.counter("kurer.token.requests", "service", service).increment();
        try {
            return request.get();
        } catch (RuntimeException e) {
            failures.increment();
            throw e;
        }
    }

    /** A token served from Kurer's cache without asking {@code service}. */
    public static void tokenCacheHit(String service) {
        REGISTRY.counter("kurer.token.cache.hits", "service", service).increment();
    }

    /** A webhook delivery given up after {@code webhooks.max-attempts} failed attempts (the series exists from start). */
    public static void webhookDeliveryFailed() {
        webhookDeliveriesFailed().increment();
    }

    /** The failed webhook deliveries counter, registered at 0 by the webhook timer at start. */
    public static Counter webhookDeliveriesFailed() {
        return REGISTRY.counter("kurer.webhooks.deliveries.failed");
    }
}
