package no.kurer.systemuser.control;

import java.util.ArrayList;
import java.util.List;
import no.kurer.altinn.control.AltinnRefused;
import no.kurer.altinn.control.AltinnUnreachable;
import no.kurer.maskinporten.entity.SystemUserReference;

/**
 * What onboarding needs from Altinn Authentication. Transient failures (5xx, no answer) are {@link AltinnUnreachable};
 * refusals (4xx) are {@link AltinnRefused}.
 */
public interface SystemUserApi {

    /** The system in the register, created or (when it exists) updated. */
    void createOrUpdateSystem(SystemDefinition system);

    void setAccessPackages(String systemId, List<String> accessPackages);

    /** A standard system user request; a repeated one answers the existing request. */
    RequestState requestSystemUser(
            String systemId, String partyOrgno, String externalRef, List<String> accessPackages, String redirectUrl);

    RequestState request(String requestId);

    /** An agent system user request for a service provider (access packages required); a repeated one answers it. */
    RequestState requestAgent(
            String systemId, String providerOrgno, String externalRef, List<String> accessPackages, String redirectUrl);

    RequestState agentRequest(String requestId);

    /**
     * The {@code systemuser_id} Maskinporten puts in a system user token for {@code user} (asked with {@code scope}):
     * how Kurer learns an accepted system user's id.
     */
    String systemUserId(SystemUserReference user, String scope);

    /**
     * {@code GET /enduser/systemuser/clients?agent=}: the clients that delegated to the agent system user, read with a
     * system user token of {@code caller} (the service provider's) and {@code altinn:clientdelegations.read}.
     */
    DelegatedClients clients(String agentSystemUserId, SystemUserReference caller);

    /**
     * The following page of {@link #clients}: the one {@code next} (a page's {@code links.next}) names, read as the
     * first. A {@code next} outside {@code altinn.base-url}'s Authentication API is refused
     * ({@link AltinnUnreachable}) before a token is asked for: Kurer's token goes to Altinn only.
     */
    DelegatedClients nextClients(String next, SystemUserReference caller);

    /** A change request for a standard system user: the packages it should also have. */
    RequestState requestChange(
            String correlationId, String systemUserId, List<String> requiredAccessPackages, String redirectUrl);

    RequestState changeRequest(String requestId);

    /** A system in the register, as Kurer describes itself. */
    record SystemDefinition(
            String systemId,
            String vendorOrgno,
            String name,
            String description,
            String clientId,
            List<String> accessPackages,
            String redirectUrl) {}

    /** A system user request as Altinn answers it ({@code status} in Altinn's spelling). */
    record RequestState(String id, String status, String confirmUrl) {}

    /** A client as Altinn lists it ({@code clientOrganizationNumber}, {@code clientOrganizationName}). */
    record Client(String orgno, String name) {}

    /** A page of an agent's clients, or all of them; {@code next} (Altinn's {@code links.next}) null on the last. */
    record DelegatedClients(List<Client> clients, String next) {

        public DelegatedClients {
            clients = List.copyOf(clients);
        }

        /** No more pages: absent from this list is absent from Altinn's. */
        public boolean complete() {
            return next == null;
        }

        /** This page's clients followed by {@code following}'s, and its {@code next}. */
        public DelegatedClients and(DelegatedClients following) {
            List<Client> all = new ArrayList<>(clients);
            all.addAll(following.clients());
            return new DelegatedClients(all, following.next());
        }

        public boolean contains(String orgno) {
            return clients.stream().anyMatch(c -> c.orgno().equals(orgno));
        }
    }
}
