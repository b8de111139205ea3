package no.kurer.systemuser.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import no.kurer.maskinporten.entity.SystemUserReference;
import no.kurer.problems.Problem;
import no.kurer.systemuser.control.SystemUserApi.RequestState;
import no.kurer.systemuser.entity.OnboardingStatus;
import no.kurer.systemuser.entity.PackageChange;
import no.kurer.systemuser.entity.Registration;

/**
 * More access packages for an accepted standard system user (docs/altinn-agent-system-users.md, section 3): the
 * system's registered packages first get the new ones ({@code PUT /systemregister/vendor/{systemId}/accesspackages},
 * with every package Kurer's onboardings of the system hold), then a change request with a new
 * {@code correlation-id}, which the customer approves at its {@code confirmUrl}; the poller follows it until Altinn
 * decides. One change request at a time per system user.
 */
@ApplicationScoped
public class PackageChanges {

    static final Pattern ACCESS_PACKAGE = Pattern.compile("urn:altinn:accesspackage:[a-z0-9][a-z0-9-]{0,99}");
    private static final Logger LOG = Logger.getLogger(PackageChanges.class.getName());

    @Inject
    Registrations registrations;

    @Inject
    SystemUserApi altinn;

    @Inject
    SystemUserSettings settings;

    /** Asks for {@code packages} on onboarding {@code id}'s system user; answers the onboarding as stored after. */
    public Registration request(long id, List<String> packages) {
        Registration registration = registrations.find(id).orElseThrow(() -> new UnknownRegistration(id));
        check(registration, packages);
        String systemUserId = registration.systemUserId();
        if (systemUserId == null) {
            systemUserId = altinn.systemUserId(
                    new SystemUserReference(registration.partyOrgno(), registration.externalRef()),
                    String.join(" ", settings.tokenCheckScopes()));
            registrations.systemUserId(id, systemUserId);
        }
        Set<String> systemPackages = new LinkedHashSet<>(settings.accessPackages());
        systemPackages.addAll(registrations.packagesOf(registration.systemId()));
        systemPackages.addAll(packages);
        altinn.setAccessPackages(registration.systemId(), List.copyOf(systemPackages));
        String correlationId = UUID.randomUUID().toString();
        RequestState state = altinn.requestChange(
                correlationId, systemUserId, packages, settings.redirectUrl().orElse(null));
        return registrations.changeRequested(
                id, state.id() == null ? correlationId : state.id(), state.status(), state.confirmUrl(), packages);
    }

    /** The poller's work: each change request Altinn has not decided, asked for once. */
    public void followPending() {
        for (Registration registration : registrations.pendingChanges()) {
            String requestId = registration.change().requestId();
            try {
                RequestState state = altinn.changeRequest(requestId);
                registrations.changeFollowed(registration.id(), requestId, state.status(), state.confirmUrl());
            } catch (Problem e) {
                if (registrations.changeFailed(registration.id(), requestId, e.detail())) {
                    LOG.warning("Change request " + requestId + " of onboarding " + registration.id()
                            + " not followed now (asked again next round): " + e.detail());
                }
            } catch (RuntimeException e) {
                LOG.warning("Change request " + requestId + " of onboarding " + registration.id()
                        + " not followed now: " + e);
            }
        }
    }

    static void check(Registration registration, List<String> packages) {
        if (packages == null || packages.isEmpty()) {
            throw new InvalidChangeRequest("Name at least one access package (accessPackages)");
        }
        for (String each : packages) {
            if (each == null || !ACCESS_PACKAGE.matcher(each).matches()) {
                throw new InvalidChangeRequest("An access package is urn:altinn:accesspackage:<name>, not " + each);
            }
        }
        long id = registration.id() == null ? 0 : registration.id();
        if (registration.kind() == Registration.Kind.AGENT) {
            throw new ChangeNotPossible(
                    id, "an agent system user; Altinn takes change requests for standard ones only");
        }
        if (registration.status() != OnboardingStatus.ACCEPTED) {
            throw new ChangeNotPossible(
                    id, "it is " + registration.status().label() + "; a change request needs it Accepted");
        }
        if (PackageChange.NEW.equals(registration.change().status())) {
            throw new ChangeNotPossible(
                    id,
                    "change request " + registration.change().requestId()
                            + " is still New; the customer approves or rejects it first");
        }
    }
}
