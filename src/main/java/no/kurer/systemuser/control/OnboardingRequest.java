package no.kurer.systemuser.control;

import java.util.List;
import java.util.regex.Pattern;
import no.kurer.systemuser.entity.Registration;

/**
 * What an onboarding asks Altinn for, checked before Altinn is called: the system id {@code <vendor orgno>_<name>}
 * (no spaces, as Altinn requires), the customer's nine-digit organisation number, and the system user's externalRef
 * {@code <systemId>_systembruker_<name>} (seed 000).
 */
public record OnboardingRequest(
        String vendorOrgno,
        String systemName,
        String partyOrgno,
        String userName,
        String clientId,
        List<String> accessPackages) {

    static final Pattern ORGNO = Pattern.compile("\\d{9}");
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,80}");

    public OnboardingRequest {
        if (vendorOrgno == null || !ORGNO.matcher(vendorOrgno).matches()) {
            throw new InvalidOnboarding("The vendor's organisation number must be nine digits: " + vendorOrgno);
        }
        if (partyOrgno == null || !ORGNO.matcher(partyOrgno).matches()) {
            throw new InvalidOnboarding("The customer's organisation number must be nine digits: " + partyOrgno);
        }
        if (systemName == null || !NAME.matcher(systemName).matches()) {
            throw new InvalidOnboarding("A system id is <orgno>_<name>, the name without spaces (letters, digits,"
                    + " '.', '-', '_'): " + systemName);
        }
        if (userName == null || !NAME.matcher(userName).matches()) {
            throw new InvalidOnboarding("The system user's name must be letters, digits, '.', '-' or '_': " + userName);
        }
        if (accessPackages.isEmpty()) {
            throw new InvalidOnboarding("systemuser.access-packages names no access package");
        }
        accessPackages = List.copyOf(accessPackages);
    }

    public String systemId() {
        return vendorOrgno + "_" + systemName;
    }

    public String externalRef() {
        return systemId() + "_systembruker_" + userName;
    }

    public Registration registration() {
        return new Registration(systemId(), vendorOrgno, partyOrgno, externalRef(), clientId, accessPackages);
    }

    /**
     * An agent system user for the service provider {@code partyOrgno}, its externalRef
     * {@code <systemId>_agent_<name>}: never the same as a standard system user's of the same name.
     */
    public Registration agentRegistration() {
        return new Registration(
                        systemId(),
                        vendorOrgno,
                        partyOrgno,
                        systemId() + "_agent_" + userName,
                        clientId,
                        accessPackages)
                .asAgent();
    }
}
