package no.kurer.serviceregistry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.kurer.serviceregistry.entity.Capability;

/**
 * A receiver's capabilities, straight from the registry's records (through its cache): what {@code GET
 * /api/capabilities/{receiverIdentifier}} answers. Asked whether or not {@code serviceregistry.enabled} is on, since the
 * question is the registry's own.
 */
@ApplicationScoped
public class Capabilities {

    @Inject
    ServiceRegistry registry;

    /** @throws UnknownIdentifier, ServiceRegistryUnreachable, ServiceRegistryRefused */
    public List<Capability> of(String identifier, Integer securityLevel, String process) {
        return registry
                .records(identifier, process, securityLevel)
                .orElseThrow(() -> new UnknownIdentifier(identifier))
                .records()
                .stream()
                .map(Capability::of)
                .toList();
    }
}
