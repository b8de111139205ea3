package no.kurer.maskinporten.entity;

import java.util.Map;

/**
 * Which approved system user a grant asks for (PROTOCOLS.md, "System user grants"): the customer's orgno and the
 * {@code externalRef} of the system user request (Altinn defaults it to the orgno when the request had none).
 */
public record SystemUserReference(String orgno, String externalRef) {

    public SystemUserReference {
        if (orgno == null || !orgno.matches("\\d{9}")) {
            throw new IllegalArgumentException("an organisation number has nine digits: " + orgno);
        }
        if (externalRef == null || externalRef.isBlank()) {
            externalRef = orgno;
        }
    }

    /** {@code {"type":"urn:altinn:systemuser","systemuser_org":{…},"externalRef":…}} as the grant carries it. */
    public AuthorizationDetail authorizationDetail() {
        Organisation org = Organisation.ofOrgno(orgno);
        return new AuthorizationDetail(
                AuthorizationDetail.SYSTEM_USER,
                Map.of(
                        "systemuser_org",
                        Map.of("authority", org.authority(), "ID", org.id()),
                        "externalRef",
                        externalRef));
    }
}
