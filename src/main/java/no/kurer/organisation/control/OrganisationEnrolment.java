package no.kurer.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.kurer.organisation.entity.Organisation;
import no.kurer.organisation.entity.Organisation.Access;
import no.kurer.systemuser.control.Onboarding;
import no.kurer.systemuser.control.OnboardingRequest;
import no.kurer.systemuser.entity.Registration;

/**
 * An administrator adds an organisation (issue 18): it is stored, and one with a system user of its own
 * ({@link Access#STANDARD}) is then onboarded as {@code systemuser.org} is, unless the administrator says not to: the
 * system registered, the system user requested, the approval link given, the status followed by the onboarding poller.
 * A client of an agent system user has no onboarding of its own. No restart: the broker round reads the organisations
 * at every poll.
 */
@ApplicationScoped
public class OrganisationEnrolment {

    @Inject
    Organisations organisations;

    @Inject
    Onboarding onboarding;

    /** What the administrator asks for; {@code onboard} null means yes, {@code userName} null {@code kurer}. */
    public record Request(
            String orgno,
            String name,
            Access access,
            Long agentRegistration,
            List<String> nextmoveUsers,
            Boolean onboard,
            String userName) {

        /** Whether Kurer starts an onboarding for it. */
        public boolean onboards() {
            return (access == null || access == Access.STANDARD) && !Boolean.FALSE.equals(onboard);
        }
    }

    /** @param onboarding the onboarding started (or the one that was there for the same system user), or null */
    public record Enrolled(Organisation organisation, Registration onboarding) {}

    /**
     * @throws InvalidOrganisation for an organisation Kurer cannot act for as given, or a system user name Altinn would
     *     refuse (checked before anything is stored)
     */
    public Enrolled add(Request request) {
        if (request.onboards()
                && request.userName() != null
                && !OnboardingRequest.NAME.matcher(request.userName()).matches()) {
            throw new InvalidOrganisation(
                    "The system user's name must be letters, digits, '.', '-' or '_': " + request.userName());
        }
        Organisation added = organisations.add(
                request.orgno(),
                request.name(),
                request.access(),
                request.agentRegistration(),
                request.nextmoveUsers() == null ? List.of() : request.nextmoveUsers());
        Registration started = request.onboards() ? onboarding.start(added.orgno(), request.userName()) : null;
        return new Enrolled(added, started);
    }
}
