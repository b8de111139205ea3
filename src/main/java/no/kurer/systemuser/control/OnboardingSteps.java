package no.kurer.systemuser.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.kurer.altinn.control.AltinnUnreachable;
import no.kurer.maskinporten.control.MaskinportenUnreachable;
import no.kurer.problems.Problem;
import no.kurer.systemuser.control.SystemUserApi.RequestState;
import no.kurer.systemuser.control.SystemUserApi.SystemDefinition;
import no.kurer.systemuser.entity.OnboardingStatus;
import no.kurer.systemuser.entity.Registration;

/**
 * One step of an onboarding (seed 000, first diagram): register (create or update) the system and its access
 * packages, request the system user (a standard one, or for an {@link Registration.Kind#AGENT} onboarding an agent
 * system user of the service provider, docs/altinn-agent-system-users.md section 1), then follow the request until
 * Altinn says Accepted, Rejected, Denied or Timedout. Altinn or Maskinporten unavailable or failing (a 503 problem, or their 5xx): the same step again later, waiting longer each time
 * (up to 8 poll intervals). Altinn or Maskinporten refusing: Failed, until an administrator retries.
 */
public class OnboardingSteps {

    /** What a step came to. {@code retryAt} null: nothing more to do. */
    public record Outcome(
            OnboardingStatus status,
            String requestId,
            String confirmUrl,
            String error,
            String description,
            Instant retryAt) {}

    private final SystemUserApi altinn;
    private final Duration pollInterval;
    private final Clock clock;

    public OnboardingSteps(SystemUserApi altinn, Duration pollInterval, Clock clock) {
        this.altinn = altinn;
        this.pollInterval = pollInterval;
        this.clock = clock;
    }

    public Outcome advance(Registration registration, String systemName, String redirectUrl) {
        return advance(registration, systemName, redirectUrl, registration.accessPackages());
    }

    /**
     * @param systemPackages the packages the system is registered with: this onboarding's and those of Kurer's other
     *     onboardings of the system (a change request's among them), so that registering it again takes none away
     */
    public Outcome advance(
            Registration registration, String systemName, String redirectUrl, List<String> systemPackages) {
        try {
            return switch (registration.status()) {
                case REGISTERING_SYSTEM -> {
                    altinn.createOrUpdateSystem(new SystemDefinition(
                            registration.systemId(),
                            registration.vendorOrgno(),
                            systemName,
                            "Kurer, eFormidling integration point",
                            registration.clientId(),
                            systemPackages,
                            redirectUrl));
                    altinn.setAccessPackages(registration.systemId(), systemPackages);
                    yield request(registration, redirectUrl);
                }
                case REQUESTING -> request(registration, redirectUrl);
                case NEW ->
                    follow(
                            registration.kind() == Registration.Kind.AGENT
                                    ? altinn.agentRequest(registration.requestId())
                                    : altinn.request(registration.requestId()),
                            "Altinn");
                default ->
                    new Outcome(
                            registration.status(),
                            registration.requestId(),
                            registration.confirmUrl(),
                            null,
                            null,
                            null);
            };
        } catch (Problem problem) {
            if (worthRetrying(problem)) {
                // Altinn or Maskinporten unavailable or failing, or a key not configured yet: the same step again later
                long factor = 1L << Math.min(3, registration.work().attempts());
                return new Outcome(
                        registration.status(),
                        registration.requestId(),
                        registration.confirmUrl(),
                        problem.detail(),
                        null,
                        clock.instant().plus(pollInterval.multipliedBy(factor)));
            }
            return new Outcome(
                    OnboardingStatus.FAILED,
                    registration.requestId(),
                    registration.confirmUrl(),
                    problem.detail(),
                    problem.detail(),
                    null);
        }
    }

    private Outcome request(Registration registration, String redirectUrl) {
        if (registration.kind() == Registration.Kind.AGENT) {
            RequestState state = altinn.requestAgent(
                    registration.systemId(),
                    registration.partyOrgno(),
                    registration.externalRef(),
                    registration.accessPackages(),
                    redirectUrl);
            return follow(state, "System registered; agent system user requested");
        }
        RequestState state = altinn.requestSystemUser(
                registration.systemId(),
                registration.partyOrgno(),
                registration.externalRef(),
                registration.accessPackages(),
                redirectUrl);
        return follow(state, "System registered; system user requested");
    }

    private Outcome follow(RequestState state, String source) {
        OnboardingStatus status = OnboardingStatus.ofAltinn(state.status());
        String description = status == OnboardingStatus.FAILED
                ? "Altinn answered an unknown status " + state.status()
                : source + ": " + state.status();
        Instant next = status.inProgress() ? clock.instant().plus(pollInterval) : null;
        return new Outcome(status, state.id(), state.confirmUrl(), null, description, next);
    }

    /** Unavailable (503) or a server error on their side (Maskinporten or Altinn answering 5xx): worth trying again. */
    private static boolean worthRetrying(Problem problem) {
        return problem.status() == 503
                || problem instanceof MaskinportenUnreachable
                || problem instanceof AltinnUnreachable;
    }
}
