package no.kurer.sandbox.altinn.entity;

import java.util.List;
import java.util.Map;

/**
 * A system in the register: Altinn's internal GUID, the {@code id} ({@code <vendor orgno>_<name>}), its vendor, the
 * Maskinporten clients that may act as it, its access packages, and the document as the vendor last sent it.
 */
public record RegisteredSystem(
        String internalId,
        String systemId,
        String vendorOrgno,
        List<String> clientIds,
        List<String> accessPackages,
        Map<String, Object> document) {

    public RegisteredSystem {
        clientIds = List.copyOf(clientIds);
        accessPackages = List.copyOf(accessPackages);
        document = Map.copyOf(document);
    }

    public RegisteredSystem withAccessPackages(List<String> packages) {
        return new RegisteredSystem(internalId, systemId, vendorOrgno, clientIds, packages, document);
    }
}
