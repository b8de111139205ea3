package no.kurer.dpi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.kurer.configuration.Key;
import no.kurer.configuration.Settings;

/** The keys of the sender side of the C2 access point, read live: a change in the server's console applies at once. */
@ApplicationScoped
public class IntakeSettings {

    public static final Key<String> AUDIENCE = Key.text("dpi.audience");
    public static final Key<Boolean> REQUIRE_AUDIENCE = Key.flag("dpi.require-audience", false);
    public static final Key<String> SCOPE = Key.text("dpi.scope", "digitalpostinnbygger:send");
    public static final Key<Long> MAX_DOCUMENT_BYTES = Key.number("dpi.max-document-bytes", 2L * 1024 * 1024 * 1024);

    private Settings settings;

    protected IntakeSettings() {}

    @Inject
    public IntakeSettings(Settings settings) {
        this.settings = settings;
    }

    /** This C2's own API address, which an incoming token's {@code aud} must name (required). */
    public String audience() {
        return settings.get(AUDIENCE);
    }

    /** Whether a token without {@code aud} is refused. */
    public boolean requireAudience() {
        return settings.get(REQUIRE_AUDIENCE);
    }

    /** The scope a sender's token must have. */
    public String scope() {
        return settings.get(SCOPE);
    }

    /** The largest dokumentpakke accepted. */
    public long maxDocumentBytes() {
        return settings.get(MAX_DOCUMENT_BYTES);
    }
}
