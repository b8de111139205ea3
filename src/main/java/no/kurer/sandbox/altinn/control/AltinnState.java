package no.kurer.sandbox.altinn.control;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.kurer.sandbox.altinn.entity.ChangeRequest;
import no.kurer.sandbox.altinn.entity.ClientDelegation;
import no.kurer.sandbox.altinn.entity.RegisteredSystem;
import no.kurer.sandbox.altinn.entity.SystemUserRequest;

/**
 * The stand-in's systems and requests, kept in one JSON file written atomically on every change, so a request
 * waiting for approval is still there after a restart. Not thread-safe: {@link AltinnAuthentication} serialises.
 */
public class AltinnState {

    public record Content(
            List<RegisteredSystem> systems,
            List<SystemUserRequest> requests,
            List<SystemUserRequest> agentRequests,
            List<ClientDelegation> delegations,
            List<ChangeRequest> changeRequests) {}

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path file;
    final List<RegisteredSystem> systems = new ArrayList<>();
    final List<SystemUserRequest> requests = new ArrayList<>();
    final List<SystemUserRequest> agentRequests = new ArrayList<>();
    final List<ClientDelegation> delegations = new ArrayList<>();
    final List<ChangeRequest> changeRequests = new ArrayList<>();

    public AltinnState(Path file) {
        this.file = file;
        if (file != null && Files.exists(file)) {
            try {
                Content content = JSON.readValue(file.toFile(), Content.class);
                systems.addAll(content.systems());
                requests.addAll(content.requests());
                addAll(agentRequests, content.agentRequests());
                addAll(delegations, content.delegations());
                addAll(changeRequests, content.changeRequests());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the sandbox Altinn state in " + file, e);
            }
        }
    }

    /** In memory only (tests). */
    public static AltinnState inMemory() {
        return new AltinnState(null);
    }

    void save() {
        if (file == null) {
            return;
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, "altinn-authentication", ".tmp");
            JSON.writeValue(
                    temporary.toFile(), new Content(systems, requests, agentRequests, delegations, changeRequests));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sandbox Altinn state to " + file, e);
        }
    }

    /** A state file written before agents and change requests has none of them. */
    private static <T> void addAll(List<T> into, List<T> saved) {
        if (saved != null) {
            into.addAll(saved);
        }
    }

    Optional<RegisteredSystem> system(String systemId) {
        return systems.stream().filter(s -> s.systemId().equals(systemId)).findFirst();
    }

    /** The system, if the caller is its vendor. */
    RegisteredSystem owned(String callerOrgno, String systemId) {
        RegisteredSystem system = system(systemId).orElseThrow(() -> AltinnRefusal.notFound("No system " + systemId));
        if (!system.vendorOrgno().equals(callerOrgno)) {
            throw AltinnRefusal.forbidden("The system " + systemId + " belongs to another vendor");
        }
        return system;
    }
}
