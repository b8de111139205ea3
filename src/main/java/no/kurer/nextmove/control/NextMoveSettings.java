package no.kurer.nextmove.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import no.kurer.configuration.Key;
import no.kurer.configuration.Settings;

/** The NextMove API's keys, read live. */
@ApplicationScoped
public class NextMoveSettings {

    /** How long a peek holds an incoming message for the local system (efm: lockTimeoutMinutes). */
    public static final Key<Long> LOCK_MINUTES = Key.number("nextmove.lock-minutes", 5);
    /** {@code off} opens {@code /api} to anyone who reaches it (a closed network); on by default. */
    public static final Key<Boolean> AUTHENTICATION = Key.flag("nextmove.authentication", true);

    private Settings settings;

    protected NextMoveSettings() {
        // for CDI's proxy
    }

    @Inject
    public NextMoveSettings(Settings settings) {
        this.settings = settings;
    }

    public Duration lock() {
        return Duration.ofMinutes(Math.max(1, settings.get(LOCK_MINUTES)));
    }

    public boolean authentication() {
        return settings.get(AUTHENTICATION);
    }
}
