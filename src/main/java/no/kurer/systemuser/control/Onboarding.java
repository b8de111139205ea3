package no.kurer.systemuser.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.kurer.configuration.Settings;
import no.kurer.maskinporten.control.MaskinportenSettings;
import no.kurer.platform.ConstraintViolation;
import no.kurer.platform.Intervals;
import no.kurer.systemuser.entity.Registration;
import no.kurer.systemuser.entity.RegistrationStatus;

/**
 * System user onboarding as the admin API and the poller drive it: start (stored, then a first attempt at once),
 * advance what is due, retry. Reads {@code systemuser.vendor-orgno} (default {@code systemuser.org}),
 * {@code systemuser.system-name}, {@code systemuser.access-packages}, {@code systemuser.redirect-url},
 * {@code systemuser.poll.interval} and {@code maskinporten.client-id} at every use.
 */
@ApplicationScoped
public class Onboarding {

    static final Duration LEASE = Duration.ofSeconds(60);
    private static final Logger LOG = Logger.getLogger(Onboarding.class.getName());

    @Inject
    Registrations registrations;

    @Inject
    SystemUserApi altinn;

    @Inject
    SystemUserSettings systemUser;

    @Inject
    MaskinportenSettings maskinporten;

    @Inject
    Settings settings;

    @Inject
    Intervals intervals;

    private final Clock clock = Clock.systemUTC();

    /**
     * @param partyOrgno the customer (default {@code systemuser.org})
     * @param userName the system user's name in its externalRef {@code <systemId>_systembruker_<name>}
     */
    public Registration start(String partyOrgno, String userName) {
        Registration registration =
                registrations.create(request(partyOrgno, userName).registration());
        advance(registration.id());
        return find(registration.id());
    }

    /**
     * An agent system user for a service provider, which its clients then delegate to (docs/altinn-agent-system-users.md,
     * section 1): requested with {@code systemuser.access-packages}, approved by the provider.
     *
     * @param providerOrgno the service provider (default {@code systemuser.org})
     * @param userName the agent's name in its externalRef {@code <systemId>_agent_<name>}
     */
    public Registration startAgent(String providerOrgno, String userName) {
        Registration registration =
                registrations.create(request(providerOrgno, userName).agentRegistration());
        advance(registration.id());
        return find(registration.id());
    }

    private OnboardingRequest request(String partyOrgno, String userName) {
        String party = blank(partyOrgno) ? systemUser.org().orElse(null) : partyOrgno.strip();
        String vendor = systemUser
                .vendorOrgno()
                .orElseThrow(() -> new InvalidOnboarding(
                        "Set systemuser.vendor-orgno (or systemuser.org): the organisation that owns Kurer's Maskinporten"
                                + " client"));
        return new OnboardingRequest(
                vendor,
                systemUser.systemName(),
                party,
                blank(userName) ? "kurer" : userName.strip(),
                maskinporten.clientId(),
                systemUser.accessPackages());
    }

    public Registration retry(long id) {
        registrations.retry(id);
        advance(id);
        return find(id);
    }

    public Registration find(long id) {
        return registrations.find(id).orElseThrow(() -> new UnknownRegistration(id));
    }

    public List<Registration> all() {
        return registrations.all();
    }

    public List<RegistrationStatus> history(long id) {
        find(id);
        return registrations.history(id);
    }

    /** Every onboarding whose next attempt is due (the poller's work). */
    public void advanceDue() {
        for (long id : registrations.due(clock.instant())) {
            advance(id);
        }
    }

    /** One attempt, if the onboarding is due and this instance wins the claim. */
    void advance(long id) {
        Instant now = clock.instant();
        try {
            registrations.claim(id, now, now.plus(LEASE)).ifPresent(claimed -> {
                var steps = new OnboardingSteps(altinn, pollInterval(), clock);
                Set<String> systemPackages = new LinkedHashSet<>(claimed.accessPackages());
                systemPackages.addAll(registrations.packagesOf(claimed.systemId()));
                var outcome = steps.advance(
                        claimed,
                        systemUser.systemName(),
                        systemUser.redirectUrl().orElse(null),
                        List.copyOf(systemPackages));
                registrations.record(id, claimed.version(), outcome);
            });
        } catch (RuntimeException e) {
            // the poller tries again in any case; a claim lost to another instance is normal, anything else is told
            LOG.log(
                    lostClaim(e) ? Level.FINE : Level.WARNING,
                    "onboarding " + id + " not advanced now: " + e.getMessage(),
                    e);
        }
    }

    /** Another instance changed or inserted the registration first (optimistic lock, or a class-23 SQL error). */
    static boolean lostClaim(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return ConstraintViolation.in(e);
    }

    private Duration pollInterval() {
        return intervals.systemUserPoll();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
