package no.kurer.guard.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.kurer.configuration.Key;
import no.kurer.configuration.Settings;

/** How many request bodies each {@link UploadGroup} reads at once, and the {@code Retry-After} past that; read live. */
@ApplicationScoped
public class UploadSettings {

    public static final Key<Long> AS4_MAX_CONCURRENT = Key.number("uploads.as4.max-concurrent", 8);
    public static final Key<Long> DPI_MAX_CONCURRENT = Key.number("uploads.dpi.max-concurrent", 32);
    public static final Key<Long> DPO_MAX_CONCURRENT = Key.number("uploads.dpo.max-concurrent", 16);
    public static final Key<Long> RETRY_AFTER_SECONDS = Key.number("uploads.retry-after-seconds", 10);

    private Settings settings;

    protected UploadSettings() {
        // for CDI's proxy
    }

    @Inject
    public UploadSettings(Settings settings) {
        this.settings = settings;
    }

    public long maxConcurrent(UploadGroup group) {
        return settings.get(group.limit());
    }

    public long retryAfterSeconds() {
        return settings.get(RETRY_AFTER_SECONDS);
    }
}
