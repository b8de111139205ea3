package no.kurer.systemuser.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.kurer.maskinporten.entity.SystemUserReference;
import no.kurer.maskinporten.entity.TokenRequest;
import no.kurer.organisation.control.Organisations;
import no.kurer.organisation.entity.Organisation;
import no.kurer.organisation.entity.Organisation.Access;
import no.kurer.systemuser.entity.ActiveSystemUser;
import no.kurer.systemuser.entity.OnboardingStatus;
import no.kurer.systemuser.entity.Registration;

/**
 * The system user Kurer acts with. A system user approved elsewhere (the Altinn portal, another tool) is configured
 * with {@code systemuser.org}, {@code systemuser.system-id} and {@code systemuser.external-ref} and used as it is,
 * without onboarding; otherwise the most recently accepted onboarding (for {@code systemuser.org} when set).
 */
@ApplicationScoped
public class SystemUsers {

    @Inject
    SystemUserSettings settings;

    @Inject
    Registrations registrations;

    @Inject
    Organisations organisations;

    /**
     * The system user Kurer acts with for {@code orgno}: for {@code systemuser.org}, {@code systemuser.external-ref}
     * (else its accepted onboarding); for an added organisation, its own accepted standard onboarding, or, for a client
     * of an agent system user, the agent's once accepted: the client's token is asked for with the client's orgno and
     * the agent's externalRef (docs/altinn-agent-system-users.md, section 4). Empty when there is none (yet).
     */
    public Optional<SystemUserReference> forOrganisation(String orgno) {
        if (settings.org().filter(orgno::equals).isPresent()) {
            Optional<String> externalRef =
                    settings.externalRef().or(() -> acceptedStandard(orgno).map(Registration::externalRef));
            return Optional.of(new SystemUserReference(orgno, externalRef.orElse(null)));
        }
        Optional<Organisation> added = organisations.find(orgno).filter(Organisation::active);
        if (added.isEmpty()) {
            return Optional.empty();
        }
        if (added.get().access() == Access.AGENT_CLIENT) {
            return registrations
                    .find(added.get().agentRegistration())
                    .filter(r -> r.status() == OnboardingStatus.ACCEPTED)
                    .map(agent -> new SystemUserReference(orgno, agent.externalRef()));
        }
        return acceptedStandard(orgno).map(r -> new SystemUserReference(orgno, r.externalRef()));
    }

    private Optional<Registration> acceptedStandard(String orgno) {
        return registrations.accepted().stream()
                .filter(r -> r.kind() == Registration.Kind.STANDARD && orgno.equals(r.partyOrgno()))
                .findFirst();
    }

    public Optional<ActiveSystemUser> active() {
        Optional<String> org = settings.org();
        Optional<String> systemId = settings.systemId();
        Optional<String> externalRef = settings.externalRef();
        if (org.isPresent() && systemId.isPresent()) {
            return Optional.of(new ActiveSystemUser(
                    org.get(), systemId.get(), externalRef.orElse(org.get()), ActiveSystemUser.CONFIGURATION));
        }
        return registrations.accepted().stream()
                .filter(r -> r.kind() == Registration.Kind.STANDARD)
                .filter(r -> org.isEmpty() || org.get().equals(r.partyOrgno()))
                .findFirst()
                .map(SystemUsers::of);
    }

    /**
     * A token request for the active system user ({@code authorization_details} of type
     * {@code urn:altinn:systemuser}), for {@code MaskinportenClient} or {@code AltinnTokens}.
     *
     * @throws NoSystemUser when there is none
     */
    public TokenRequest tokenRequest(Set<String> scopes) {
        ActiveSystemUser user = active().orElseThrow(NoSystemUser::new);
        return new TokenRequest(scopes, null, List.of(user.reference().authorizationDetail()));
    }

    private static ActiveSystemUser of(Registration registration) {
        return new ActiveSystemUser(
                registration.partyOrgno(),
                registration.systemId(),
                registration.externalRef(),
                ActiveSystemUser.ONBOARDING);
    }
}
