package no.kurer.sandbox.altinn.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A vendor's request for a system user, and what became of it. {@code systemUserId} is set when the customer approves.
 *
 * @param created ISO-8601 instant
 */
public record SystemUserRequest(
        String id,
        String externalRef,
        String systemId,
        String partyOrgNo,
        List<String> accessPackages,
        String status,
        String redirectUrl,
        String confirmUrl,
        String created,
        String systemUserId) {

    public static final String NEW = "New";
    public static final String ACCEPTED = "Accepted";
    public static final String REJECTED = "Rejected";
    public static final String TIMEDOUT = "Timedout";

    public SystemUserRequest {
        accessPackages = List.copyOf(accessPackages);
    }

    public SystemUserRequest withStatus(String newStatus, String newSystemUserId) {
        return new SystemUserRequest(
                id,
                externalRef,
                systemId,
                partyOrgNo,
                accessPackages,
                newStatus,
                redirectUrl,
                confirmUrl,
                created,
                newSystemUserId);
    }

    public SystemUserRequest withAccessPackages(List<String> packages) {
        return new SystemUserRequest(
                id,
                externalRef,
                systemId,
                partyOrgNo,
                packages,
                status,
                redirectUrl,
                confirmUrl,
                created,
                systemUserId);
    }

    public boolean sameAs(String otherSystemId, String otherParty, String otherExternalRef) {
        return systemId.equals(otherSystemId) && partyOrgNo.equals(otherParty) && externalRef.equals(otherExternalRef);
    }

    /** The response body Altinn gives for a request. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("externalRef", externalRef);
        json.put("systemId", systemId);
        json.put("partyOrgNo", partyOrgNo);
        json.put("rights", List.of());
        json.put(
                "accessPackages",
                accessPackages.stream().map(urn -> Map.of("urn", urn)).toList());
        json.put("status", status);
        json.put("redirectUrl", redirectUrl);
        json.put("confirmUrl", confirmUrl);
        json.put("escalated", false);
        json.put("created", created);
        json.put("timedOut", TIMEDOUT.equals(status));
        return json;
    }

    /** An approved agent system user as Altinn lists it ({@code GET /enduser/systemuser/agents?party=}). */
    public Map<String, Object> toAgentSystemUserJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", systemUserId);
        json.put("systemId", systemId);
        json.put("reporteeOrgNo", partyOrgNo);
        json.put("supplierOrgno", systemId.split("_", 2)[0]);
        json.put("externalRef", externalRef);
        json.put("created", created);
        json.put("isDeleted", false);
        json.put(
                "accessPackages",
                accessPackages.stream().map(urn -> Map.of("urn", urn)).toList());
        json.put("userType", "agent");
        return json;
    }

    /** The response body Altinn gives for an agent request: no {@code rights}, and {@code userType} agent. */
    public Map<String, Object> toAgentJson() {
        Map<String, Object> json = toJson();
        json.remove("rights");
        json.put("userType", "agent");
        return json;
    }
}
