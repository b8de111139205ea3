package no.kurer.sandbox.altinn.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import no.kurer.sandbox.altinn.entity.RegisteredSystem;

/**
 * A vendor's system document ({@code POST}/{@code PUT /systemregister/vendor}), checked as Altinn checks it: the id is
 * {@code <vendor orgno>_<name>} without spaces, {@code vendor.ID} is the caller's organisation, at least one
 * Maskinporten client, and only known access packages.
 */
final class SystemRegistration {

    static final Pattern ACCESS_PACKAGE = Pattern.compile("urn:altinn:accesspackage:[a-z0-9-]+");

    private SystemRegistration() {}

    /** @param internalId the system's GUID when it is updated, {@code null} for a new one */
    @SuppressWarnings("unchecked")
    static RegisteredSystem parse(String callerOrgno, Map<String, Object> body, String internalId) {
        Object id = body.get("id");
        if (!(id instanceof String systemId)
                || !systemId.startsWith(callerOrgno + "_")
                || systemId.contains(" ")
                || systemId.length() <= callerOrgno.length() + 1) {
            throw AltinnRefusal.badRequest(
                    "AUTH.VLD-00001",
                    "The system id must start with the vendor's organisation number and an underscore (" + callerOrgno
                            + "_<name>) and have no spaces: " + id);
        }
        if (!(body.get("vendor") instanceof Map<?, ?> vendor) || !("0192:" + callerOrgno).equals(vendor.get("ID"))) {
            throw AltinnRefusal.badRequest(
                    "AUTH.VLD-00003", "vendor.ID must be 0192:" + callerOrgno + ", the organisation of the token");
        }
        List<String> clientIds = body.get("clientId") instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : List.of();
        if (clientIds.isEmpty()) {
            throw AltinnRefusal.badRequest("AUTH.VLD-00004", "clientId must list at least one Maskinporten client");
        }
        List<String> packages = new ArrayList<>();
        if (body.get("accessPackages") instanceof List<?> list) {
            for (Object each : list) {
                packages.add(each instanceof Map<?, ?> map ? String.valueOf(map.get("urn")) : String.valueOf(each));
            }
        }
        checkPackages(packages);
        return new RegisteredSystem(
                internalId == null ? UUID.randomUUID().toString() : internalId,
                systemId,
                callerOrgno,
                clientIds,
                packages,
                withoutNulls(body));
    }

    static void checkPackages(List<String> packages) {
        for (String each : packages) {
            if (each == null || !ACCESS_PACKAGE.matcher(each).matches()) {
                throw AltinnRefusal.badRequest("AUTH.VLD-00008", "Unknown access package " + each);
            }
        }
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> body) {
        Map<String, Object> copy = new LinkedHashMap<>();
        body.forEach((key, value) -> {
            if (value != null) {
                copy.put(key, value);
            }
        });
        return copy;
    }
}
