package no.kurer.systemuser.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.kurer.configuration.Key;
import no.kurer.configuration.Settings;

/**
 * The system user's keys, all read live: the organisation Kurer acts for and an approved system user to use as it is,
 * what onboarding registers (the vendor, the system's name and access packages, the redirect after approval), and
 * the Authentication API client's timeouts. {@code systemuser.poll.interval} belongs to the poller.
 */
@ApplicationScoped
public class SystemUserSettings {

    public static final Key<String> ORG = Settings.DPO_ORGANISATION;
    public static final Key<String> SYSTEM_ID = Key.text("systemuser.system-id");
    public static final Key<String> EXTERNAL_REF = Key.text("systemuser.external-ref");
    public static final Key<String> VENDOR_ORGNO = Key.text("systemuser.vendor-orgno");
    public static final Key<String> SYSTEM_NAME = Key.text("systemuser.system-name", "kurer");
    public static final Key<String> ACCESS_PACKAGES =
            Key.text("systemuser.access-packages", "urn:altinn:accesspackage:informasjon-og-kommunikasjon");
    public static final Key<String> REDIRECT_URL = Key.text("systemuser.redirect-url");
    public static final Key<String> TOKEN_CHECK_SCOPE = Key.text("systemuser.token-check.scope", "altinn:broker.read");
    /** The MicroProfile Rest Client's own keys for the Authentication API, read by Kurer when it builds the client. */
    public static final Key<Long> API_CONNECT_TIMEOUT_MS =
            Key.number(AltinnAuthenticationClient.CONFIG_KEY + "/mp-rest/connectTimeout", 5_000);

    public static final Key<Long> API_READ_TIMEOUT_MS =
            Key.number(AltinnAuthenticationClient.CONFIG_KEY + "/mp-rest/readTimeout", 20_000);

    private Settings settings;

    protected SystemUserSettings() {
        // for CDI's proxy
    }

    @Inject
    public SystemUserSettings(Settings settings) {
        this.settings = settings;
    }

    public Optional<String> org() {
        return settings.find(ORG);
    }

    public Optional<String> systemId() {
        return settings.find(SYSTEM_ID);
    }

    public Optional<String> externalRef() {
        return settings.find(EXTERNAL_REF);
    }

    /** {@code systemuser.vendor-orgno}, else {@code systemuser.org}. */
    public Optional<String> vendorOrgno() {
        return settings.find(VENDOR_ORGNO).or(this::org);
    }

    public String systemName() {
        return settings.get(SYSTEM_NAME);
    }

    public List<String> accessPackages() {
        return Arrays.stream(settings.get(ACCESS_PACKAGES).split("[\\s,]+"))
                .filter(p -> !p.isBlank())
                .toList();
    }

    public Optional<String> redirectUrl() {
        return settings.find(REDIRECT_URL);
    }

    public Duration apiConnectTimeout() {
        return Duration.ofMillis(settings.get(API_CONNECT_TIMEOUT_MS));
    }

    public Duration apiReadTimeout() {
        return Duration.ofMillis(settings.get(API_READ_TIMEOUT_MS));
    }

    public Set<String> tokenCheckScopes() {
        return Set.of(settings.get(TOKEN_CHECK_SCOPE).split("\\s+"));
    }
}
