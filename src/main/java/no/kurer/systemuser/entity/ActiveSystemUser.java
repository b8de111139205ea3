package no.kurer.systemuser.entity;

import no.kurer.maskinporten.entity.SystemUserReference;

/**
 * The system user Kurer acts with: the customer, the system, the request's externalRef, and where Kurer learnt of it
 * ({@code configuration}: {@code systemuser.*} keys, approved elsewhere; {@code onboarding}: an accepted onboarding).
 */
public record ActiveSystemUser(String orgno, String systemId, String externalRef, String source) {

    public static final String CONFIGURATION = "configuration";
    public static final String ONBOARDING = "onboarding";

    /** What a Maskinporten grant names ({@code systemuser_org}, {@code externalRef}). */
    public SystemUserReference reference() {
        return new SystemUserReference(orgno, externalRef);
    }
}
