package no.kurer.systemuser.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import no.kurer.altinn.control.AltinnUnreachable;
import no.kurer.maskinporten.entity.SystemUserReference;
import no.kurer.organisation.control.Organisations;
import no.kurer.problems.Problem;
import no.kurer.systemuser.control.ClientAuthorisations.Change;
import no.kurer.systemuser.control.SystemUserApi.Client;
import no.kurer.systemuser.control.SystemUserApi.DelegatedClients;
import no.kurer.systemuser.entity.Registration;

/**
 * Follows the clients of every accepted agent system user, once per poller round (docs/altinn-agent-system-users.md,
 * section 2): learns the agent's {@code systemuser_id} from its first token, reads
 * {@code GET /enduser/systemuser/clients?agent=} with a system user token of the agent itself (the service provider's
 * system user, scope {@code altinn:clientdelegations.read}) and every page its {@code links.next} names (at most
 * {@link #MAX_PAGES}, on Altinn's host only), stores the whole list, and sets the {@code authorised} flag of
 * each added {@code AGENT_CLIENT} organisation of that agent. A failed read changes no flag and is logged once per
 * new error. Each write is a transaction of its own; Altinn and Maskinporten are called outside any.
 */
@ApplicationScoped
public class ClientDelegations {

    private static final Logger LOG = Logger.getLogger(ClientDelegations.class.getName());

    /** The pages of one agent's clients Kurer reads at most: a bound on a {@code links.next} that never ends. */
    static final int MAX_PAGES = 100;

    @Inject
    Registrations registrations;

    @Inject
    SystemUserApi altinn;

    @Inject
    Organisations organisations;

    public void followAll() {
        for (Registration agent : registrations.acceptedAgents()) {
            follow(agent);
        }
    }

    /** Every page Altinn lists, following {@code links.next}; more than {@link #MAX_PAGES} is a failure. */
    private DelegatedClients allClients(String systemUserId, SystemUserReference self) {
        DelegatedClients listed = altinn.clients(systemUserId, self);
        for (int pages = 1; !listed.complete(); pages++) {
            if (pages == MAX_PAGES) {
                throw AltinnUnreachable.authentication(
                        "GET /enduser/systemuser/clients?agent=" + systemUserId,
                        "listed more than " + MAX_PAGES + " pages; Kurer stopped there and changed no client (next: "
                                + listed.next() + ")");
            }
            listed = listed.and(altinn.nextClients(listed.next(), self));
        }
        return listed;
    }

    void follow(Registration agent) {
        try {
            SystemUserReference self = new SystemUserReference(agent.partyOrgno(), agent.externalRef());
            String systemUserId = agent.systemUserId();
            if (systemUserId == null) {
                systemUserId = altinn.systemUserId(self, AltinnSystemUserApi.CLIENTS_READ);
                registrations.systemUserId(agent.id(), systemUserId);
                LOG.info("Agent onboarding " + agent.id() + " is Altinn's agent system user " + systemUserId);
            }
            DelegatedClients listed = allClients(systemUserId, self);
            registrations.clientsListed(
                    agent.id(), listed.clients().stream().map(Client::orgno).toList());
            if (agent.clients().error() != null) {
                LOG.info("The clients of agent onboarding " + agent.id() + " are read again");
            }
            for (Change change :
                    ClientAuthorisations.changes(systemUserId, listed, organisations.clientsOf(agent.id()))) {
                organisations.authorised(change.orgno(), change.authorised(), change.note());
                LOG.info("Organisation " + change.orgno() + ": " + change.note());
            }
        } catch (RuntimeException e) {
            String error = e instanceof Problem problem ? problem.detail() : String.valueOf(e.getMessage());
            try {
                if (registrations.clientsFailed(agent.id(), error)) {
                    LOG.warning("The clients of agent onboarding " + agent.id()
                            + " could not be read; their flags stay as they are until it works again: " + error);
                }
            } catch (RuntimeException stored) {
                LOG.warning("The clients of agent onboarding " + agent.id() + " could not be read: " + error);
            }
        }
    }
}
