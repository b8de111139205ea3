package no.kurer.sandbox.maskinporten.control;

import java.util.Optional;

/**
 * Where the stand-in asks whether a customer approved a system user, as Maskinporten asks Altinn: the sandbox's
 * Altinn Authentication stand-in answers.
 */
@FunctionalInterface
public interface SystemUserApprovals {

    /** No system user is ever approved. */
    SystemUserApprovals NONE = (clientId, partyOrgno, externalRef) -> Optional.empty();

    /**
     * The approved system user of organisation {@code partyOrgno} with {@code externalRef}, for a system that lists
     * {@code clientId} among its Maskinporten clients.
     */
    Optional<ApprovedSystemUser> approved(String clientId, String partyOrgno, String externalRef);

    /** An approved system user: its own id, the system it belongs to, and the organisation that approved it. */
    record ApprovedSystemUser(String systemUserId, String systemId, String partyOrgno) {}
}
