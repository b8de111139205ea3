package no.kurer.conversation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import no.kurer.configuration.Key;
import no.kurer.configuration.Settings;

/** The conversation settings, read live: how long a conversation lives when the sender names no expiry. */
@ApplicationScoped
public class ConversationSettings {

    /** efm's default: {@code expectedResponseDateTime} = now + 24 h. */
    public static final Key<Long> DEFAULT_TTL_HOURS = Key.number("dpo.default-ttl-hours", 24);

    private Settings settings;

    protected ConversationSettings() {}

    @Inject
    public ConversationSettings(Settings settings) {
        this.settings = settings;
    }

    public Duration defaultTtl() {
        return Duration.ofHours(Math.max(1, settings.get(DEFAULT_TTL_HOURS)));
    }
}
