package no.kurer.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.kurer.broker.control.InboxSearch;
import no.kurer.organisation.control.MessageCounts.Counts;
import no.kurer.organisation.entity.Organisation;
import no.kurer.organisation.entity.Organisation.Access;
import no.kurer.systemuser.control.Onboarding;
import no.kurer.systemuser.control.SystemUsers;
import no.kurer.systemuser.entity.Registration;

/**
 * Every organisation Kurer knows, as the admin page lists them: {@code systemuser.org} first, then those an
 * administrator added (removed ones too), each with its key, its system user and onboarding, whether its inbox is
 * polled and why its last search failed, and its backlog and failures ({@link MessageCounts}).
 */
@ApplicationScoped
public class OrganisationOverview {

    @Inject
    Organisations organisations;

    @Inject
    OrganisationKeys keys;

    @Inject
    SystemUsers systemUsers;

    @Inject
    Onboarding onboarding;

    @Inject
    InboxSearch inboxes;

    @Inject
    MessageCounts counts;

    public List<OrganisationStatus> all() {
        Optional<String> configured = organisations.configured();
        List<Organisation> added = organisations.all();
        List<OrganisationStatus> all = new ArrayList<>();
        Snapshot snapshot = snapshot();
        configured.ifPresent(orgno -> all.add(status(
                orgno,
                true,
                added.stream().filter(o -> o.orgno().equals(orgno)).findFirst().orElse(null),
                snapshot)));
        for (Organisation organisation : added) {
            if (configured.filter(organisation.orgno()::equals).isEmpty()) {
                all.add(status(organisation.orgno(), false, organisation, snapshot));
            }
        }
        return all;
    }

    /** @throws UnknownOrganisation when Kurer does not know it */
    public OrganisationStatus one(String orgno) {
        boolean configured =
                organisations.configured().filter(o -> o.equals(orgno)).isPresent();
        Organisation organisation = organisations.find(orgno).orElse(null);
        if (!configured && organisation == null) {
            throw new UnknownOrganisation(orgno);
        }
        return status(orgno, configured, organisation, snapshot());
    }

    private Snapshot snapshot() {
        return new Snapshot(onboarding.all(), inboxes.polled(), inboxes.failures(), counts.byOrganisation());
    }

    private OrganisationStatus status(String orgno, boolean configured, Organisation organisation, Snapshot s) {
        Access access = organisation == null ? Access.STANDARD : organisation.access();
        Long agent = organisation == null ? null : organisation.agentRegistration();
        return new OrganisationStatus(
                orgno,
                configured,
                organisation,
                keys.problem(orgno).orElse(null),
                systemUsers.forOrganisation(orgno).isPresent(),
                onboardingOf(orgno, access, agent, s.registrations()).orElse(null),
                s.polled().contains(orgno),
                s.failures().get(orgno),
                s.counts().getOrDefault(orgno, Counts.NONE));
    }

    /**
     * The onboarding an organisation's system user comes from: a standard one's newest standard onboarding for it, an
     * agent client's agent onboarding.
     *
     * @param newestFirst every onboarding, the newest first
     */
    static Optional<Registration> onboardingOf(
            String orgno, Access access, Long agentRegistration, List<Registration> newestFirst) {
        if (access == Access.AGENT_CLIENT) {
            return newestFirst.stream()
                    .filter(r -> r.id() != null && r.id().equals(agentRegistration))
                    .findFirst();
        }
        return newestFirst.stream()
                .filter(r -> r.kind() == Registration.Kind.STANDARD && orgno.equals(r.partyOrgno()))
                .findFirst();
    }

    /** What is read once for the whole list. */
    private record Snapshot(
            List<Registration> registrations,
            List<String> polled,
            Map<String, String> failures,
            Map<String, Counts> counts) {}
}
