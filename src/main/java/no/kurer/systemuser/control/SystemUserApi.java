package no.kurer.systemuser.control;

import java.util.List;
import no.kurer.altinn.control.AltinnRefused;
import no.kurer.altinn.control.AltinnUnreachable;

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
}
