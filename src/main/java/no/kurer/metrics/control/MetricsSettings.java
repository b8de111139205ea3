package no.kurer.metrics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import no.kurer.configuration.Key;
import no.kurer.configuration.Settings;

/** The metrics' keys: whether Kurer records metrics at all (read at start), and how stale database counts may be. */
@ApplicationScoped
public class MetricsSettings {

    public static final Key<Boolean> ENABLED = Key.flag("metrics.enabled", true);
    public static final Key<Long> DATABASE_INTERVAL = Key.number("metrics.database-interval-seconds", 15);

    private Settings settings;

    protected MetricsSettings() {}

    @Inject
    public MetricsSettings(Settings settings) {
        this.settings = settings;
    }

    public boolean enabled() {
        return settings.get(ENABLED);
    }

    /** Database counts older than this are counted again at the next scrape; all scrapes within it share one count. */
    public Duration databaseInterval() {
        return Duration.ofSeconds(Math.max(0, settings.get(DATABASE_INTERVAL)));
    }
}
