package no.kurer.sandbox.altinn.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A vendor's request to change the access packages of an approved standard system user; its id is the vendor's
 * {@code correlation-id}. Approving it adds the required and drops the unwanted packages.
 *
 * @param created ISO-8601 instant
 */
public record ChangeRequest(
        String id,
        String systemUserId,
        String systemId,
        String partyOrgNo,
        String externalRef,
        List<String> requiredAccessPackages,
        List<String> unwantedAccessPackages,
        String status,
        String redirectUrl,
        String confirmUrl,
        String created) {

    public static final String NO_CHANGE_NEEDED = "NoChangeNeeded";

    public ChangeRequest {
        requiredAccessPackages = List.copyOf(requiredAccessPackages);
        unwantedAccessPackages = List.copyOf(unwantedAccessPackages);
    }

    public ChangeRequest withStatus(String newStatus) {
        return new ChangeRequest(
                id,
                systemUserId,
                systemId,
                partyOrgNo,
                externalRef,
                requiredAccessPackages,
                unwantedAccessPackages,
                newStatus,
                redirectUrl,
                confirmUrl,
                created);
    }

    /** Altinn's {@code ChangeRequestResponse}. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("externalRef", externalRef);
        json.put("systemId", systemId);
        json.put("systemUserId", systemUserId);
        json.put("partyOrgNo", partyOrgNo);
        json.put("requiredRights", List.of());
        json.put("unwantedRights", List.of());
        json.put("requiredAccessPackages", urns(requiredAccessPackages));
        json.put("unwantedAccessPackages", urns(unwantedAccessPackages));
        json.put("status", status);
        json.put("redirectUrl", redirectUrl);
        json.put("confirmUrl", confirmUrl);
        json.put("created", created);
        json.put("timedOut", SystemUserRequest.TIMEDOUT.equals(status));
        return json;
    }

    private static List<Map<String, String>> urns(List<String> packages) {
        return packages.stream().map(urn -> Map.of("urn", urn)).toList();
    }
}
