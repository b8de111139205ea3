package no.kurer.dpi.peppol.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import no.kurer.configuration.InvalidConfiguration;
import no.kurer.configuration.Key;
import no.kurer.configuration.Settings;
import no.kurer.dpi.forwarding.control.ForwardingSettings;

/**
 * The keys of PEPPOL, each named with its default once. The choice of transport, the AS4 keystore and the body limit
 * are read live; the SMP keys when the SMP routing is first built ({@link Peppol}).
 */
@ApplicationScoped
public class PeppolSettings {

    /** How messages reach corner 3: the C1–C2 REST interface, or PEPPOL AS4 after an SMP lookup. */
    public enum Kind {
        REST,
        AS4
    }

    public static final Key<Kind> TRANSPORT = new Key<>("dpi.transport", Kind.REST, PeppolSettings::kind);
    /** One key per receiver, the placeholder replaced by its orgno: {@link #transport(String)}. */
    public static final Key<Kind> RECEIVER_TRANSPORT =
            new Key<>("dpi.transport.<receiver orgno>", null, PeppolSettings::kind);

    public static final Key<String> SML_ZONE = Key.text("dpi.sml.zone", "edelivery.tech.ec.europa.eu.");
    public static final Key<String> SMP_URL = Key.text("dpi.smp.url");
    public static final Key<String> SMP_TRUSTED_CAS = Key.text("dpi.smp.trusted-ca-certificates");
    public static final Key<Long> SMP_CACHE = Key.number("dpi.smp.cache-seconds", 3600);
    public static final Key<Long> SMP_TIMEOUT = Key.number("dpi.smp.timeout-seconds", 10);
    public static final Key<String> AS4_KEYSTORE_PATH = Key.text("dpi.as4.keystore.path");
    public static final Key<String> AS4_KEYSTORE_PASSWORD = Key.text("dpi.as4.keystore.password");
    public static final Key<String> AS4_KEYSTORE_ALIAS = Key.text("dpi.as4.keystore.alias");
    public static final Key<String> AS4_TRUSTED_CAS = Key.text("dpi.as4.trusted-ca-certificates");
    /** Corner 3 sends receipts of a few KiB to {@code /as4}; 16 MiB leaves room for any AS4 message Kurer accepts. */
    public static final Key<Long> AS4_MAX_BODY = Key.number("dpi.as4.max-body-bytes", 16L * 1024 * 1024);

    private Settings settings;

    protected PeppolSettings() {}

    @Inject
    public PeppolSettings(Settings settings) {
        this.settings = settings;
    }

    /**
     * The receiver's transport: {@code dpi.transport.<orgno>} when set, else {@code dpi.transport}.
     *
     * @throws InvalidConfiguration naming the key when it is neither {@code rest} nor {@code as4}
     */
    public Kind transport(String receiverOrgno) {
        return settings.find(ForwardingSettings.ofReceiver(RECEIVER_TRANSPORT, receiverOrgno))
                .orElseGet(() -> settings.get(TRANSPORT));
    }

    public Optional<String> smpUrl() {
        return settings.find(SMP_URL);
    }

    public String smlZone() {
        return settings.get(SML_ZONE);
    }

    public Path smpTrustedCas() {
        return Path.of(settings.get(SMP_TRUSTED_CAS));
    }

    public Duration smpCacheTime() {
        return Duration.ofSeconds(settings.get(SMP_CACHE));
    }

    public Duration smpTimeout() {
        return Duration.ofSeconds(settings.get(SMP_TIMEOUT));
    }

    /** Kurer's AS4 keystore and the CAs it trusts, read from their files now. */
    public As4Credentials as4Credentials() {
        return As4Credentials.load(
                Path.of(settings.get(AS4_KEYSTORE_PATH)),
                settings.get(AS4_KEYSTORE_PASSWORD),
                settings.find(AS4_KEYSTORE_ALIAS).orElse(null),
                Path.of(settings.get(AS4_TRUSTED_CAS)));
    }

    public long as4MaxBodyBytes() {
        return settings.get(AS4_MAX_BODY);
    }

    private static Kind kind(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "rest" -> Kind.REST;
            case "as4" -> Kind.AS4;
            default -> throw new IllegalArgumentException("must be rest or as4");
        };
    }
}
