package no.kurer.sandbox.maskinporten.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kurer.sandbox.maskinporten.control.SystemUserApprovals.ApprovedSystemUser;

/**
 * Turns a grant's {@code authorization_details} of type {@code urn:altinn:systemuser}
 * ({@code systemuser_org}, optional {@code externalRef}, which defaults to the organisation number) into the token's
 * ({@code systemuser_id}, {@code systemuser_org}, {@code system_id}), but only for a system user the customer has
 * approved for a system listing the grant's client. Anything else is refused as Maskinporten refuses it.
 */
public class SystemUserGrants {

    public static final String TYPE = "urn:altinn:systemuser";
    static final String ERROR = "invalid_authorization_details";

    private final SystemUserApprovals approvals;

    public SystemUserGrants(SystemUserApprovals approvals) {
        this.approvals = approvals;
    }

    public List<Map<String, Object>> authorizationDetails(VerifiedGrant grant) {
        return grant.authorizationDetails().stream()
                .map(detail -> resolve(grant.clientId(), detail))
                .toList();
    }

    private Map<String, Object> resolve(String clientId, Map<String, Object> detail) {
        if (!TYPE.equals(detail.get("type"))) {
            throw new TokenRefused(ERROR, "Unsupported authorization_details type " + detail.get("type"));
        }
        String orgno = orgno(detail.get("systemuser_org"));
        Object ref = detail.get("externalRef");
        String externalRef = ref instanceof String text && !text.isBlank() ? text : orgno;
        ApprovedSystemUser user = approvals
                .approved(clientId, orgno, externalRef)
                .orElseThrow(() -> new TokenRefused(
                        ERROR,
                        "No approved system user for systemuser_org 0192:" + orgno + " and externalRef " + externalRef
                                + " on a system with client_id " + clientId));
        Map<String, Object> token = new LinkedHashMap<>();
        token.put("type", TYPE);
        token.put("systemuser_id", List.of(user.systemUserId()));
        token.put("systemuser_org", AccessTokenIssuer.organisation(user.partyOrgno()));
        token.put("system_id", user.systemId());
        return token;
    }

    private static String orgno(Object systemuserOrg) {
        if (systemuserOrg instanceof Map<?, ?> org
                && org.get("ID") instanceof String id
                && "iso6523-actorid-upis".equals(org.get("authority"))
                && id.matches("0192:\\d{9}")) {
            return id.substring(5);
        }
        throw new TokenRefused(
                ERROR, "systemuser_org must be {\"authority\":\"iso6523-actorid-upis\",\"ID\":\"0192:<orgno>\"}");
    }
}
