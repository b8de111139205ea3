package no.kurer.sandbox.broker.control;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox broker's resources and their settings, kept in memory (so per server and until restart): every
 * resource starts from the defaults ({@code sandbox.broker.max-file-transfer-size},
 * {@code sandbox.broker.file-transfer-time-to-live}); tests change one with
 * {@code PUT /sandbox/altinn/broker/resources/{resourceId}}.
 */
public class BrokerResources {

    private final ResourceSettings defaults;
    private final Map<String, ResourceSettings> configured = new ConcurrentHashMap<>();

    public BrokerResources(ResourceSettings defaults) {
        this.defaults = defaults;
    }

    public ResourceSettings of(String resourceId) {
        return configured.getOrDefault(resourceId, defaults);
    }

    public ResourceSettings configure(String resourceId, Map<String, Object> changes) {
        return configured.compute(resourceId, (id, old) -> (old == null ? defaults : old).with(changes));
    }

    /** The shortest grace period of any resource: transfers confirmed more recently are never purged yet. */
    public Duration shortestGracePeriod() {
        return configured.values().stream()
                .map(ResourceSettings::purgeFileTransferGracePeriod)
                .reduce(defaults.purgeFileTransferGracePeriod(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
}
