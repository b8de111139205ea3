package no.kurer.dpi.kvittering.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import no.kurer.configuration.Key;
import no.kurer.configuration.Settings;

/** The receipt side's keys: which corner 3s may deliver receipts, and how long messages and receipts are kept. Read live. */
@ApplicationScoped
public class KvitteringSettings {

    /** Organisation numbers (comma-separated, with or without {@code 0192:}) of the corner 3s that deliver receipts. */
    public static final Key<String> ALLOWED_CONSUMERS = Key.text("dpi.c3.allowed-consumers");
    /** The scope a corner 3's token must carry. */
    public static final Key<String> SCOPE = Key.text("dpi.c3.scope", "digitalpostinnbygger:send");
    /** Days after which finished messages are purged and receipts deleted. */
    public static final Key<Long> RETENTION_DAYS = Key.number("dpi.retention.days", 30);

    private Settings settings;

    protected KvitteringSettings() {}

    @Inject
    public KvitteringSettings(Settings settings) {
        this.settings = settings;
    }

    /** The allowed corner 3s, as organisation numbers without prefix; empty when none is configured. */
    public Set<String> allowedConsumers() {
        return Arrays.stream(settings.find(ALLOWED_CONSUMERS).orElse("").split(","))
                .map(String::strip)
                .filter(orgno -> !orgno.isEmpty())
                .map(KvitteringRules::orgno)
                .collect(Collectors.toUnmodifiableSet());
    }

    public String scope() {
        return settings.get(SCOPE);
    }

    public Duration retention() {
        return Duration.ofDays(settings.get(RETENTION_DAYS));
    }
}
