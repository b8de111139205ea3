package no.kurer.organisation.control;

import java.util.List;
import no.kurer.organisation.control.MessageCounts.Counts;
import no.kurer.organisation.entity.Organisation;
import no.kurer.organisation.entity.Organisation.Access;
import no.kurer.organisation.entity.Organisation.State;
import no.kurer.systemuser.entity.Registration;

/**
 * One organisation as the admin page shows it.
 *
 * @param organisation as added; null for {@code systemuser.org} when no administrator added it too
 * @param keyProblem why its key cannot be used ({@link OrganisationKeys#problem}), or null
 * @param systemUser whether Kurer has a system user to act for it with
 * @param onboarding the newest standard onboarding for it, or, for a client of an agent system user, the agent's; null
 *     when there is none
 * @param polled whether its broker inbox is polled now
 * @param searchFailure why the last search of its inbox failed, or null
 */
public record OrganisationStatus(
        String orgno,
        boolean configured,
        Organisation organisation,
        String keyProblem,
        boolean systemUser,
        Registration onboarding,
        boolean polled,
        String searchFailure,
        Counts counts) {

    public String name() {
        return organisation == null ? null : organisation.name();
    }

    public Access access() {
        return organisation == null ? Access.STANDARD : organisation.access();
    }

    public State state() {
        return organisation == null ? State.ACTIVE : organisation.state();
    }

    /** The configured organisation's users are those no added organisation names; none are listed for it. */
    public List<String> nextmoveUsers() {
        return organisation == null ? List.of() : organisation.nextmoveUsers();
    }

    public boolean authorised() {
        return organisation == null || organisation.authorised();
    }

    public String authorisationNote() {
        return organisation == null ? null : organisation.authorisationNote();
    }
}
