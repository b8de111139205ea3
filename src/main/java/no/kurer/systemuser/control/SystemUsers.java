package no.kurer.systemuser.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.kurer.maskinporten.entity.TokenRequest;
import no.kurer.systemuser.entity.ActiveSystemUser;
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

    public Optional<ActiveSystemUser> active() {
        Optional<String> org = settings.org();
        Optional<String> systemId = settings.systemId();
        Optional<String> externalRef = settings.externalRef();
        if (org.isPresent() && systemId.isPresent()) {
            return Optional.of(new ActiveSystemUser(
                    org.get(), systemId.get(), externalRef.orElse(org.get()), ActiveSystemUser.CONFIGURATION));
        }
        return registrations.accepted().stream()
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
