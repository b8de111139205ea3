package no.kurer.sandbox.altinn.entity;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A client's delegation to an agent system user: while it exists, the agent's system may get a system user token
 * for the client. Altinn names a client by its party UUID; the sandbox derives it from the organisation number.
 *
 * @param created ISO-8601 instant
 */
public record ClientDelegation(String agentSystemUserId, String clientOrgNo, String created) {

    /** The sandbox's stable party UUID of an organisation. */
    public static String partyUuid(String orgno) {
        return UUID.nameUUIDFromBytes(("party:" + orgno).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    public String clientId() {
        return partyUuid(clientOrgNo);
    }

    /** One {@code ClientInfo} of Altinn's client list. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("clientId", clientId());
        json.put("clientOrganizationNumber", clientOrgNo);
        json.put("clientOrganizationName", "Sandbox client " + clientOrgNo);
        return json;
    }
}
