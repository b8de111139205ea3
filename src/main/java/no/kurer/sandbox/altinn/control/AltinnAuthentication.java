package no.kurer.sandbox.altinn.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import no.kurer.sandbox.altinn.entity.RegisteredSystem;
import no.kurer.sandbox.altinn.entity.SystemUserRequest;
import no.kurer.sandbox.maskinporten.control.SystemUserApprovals;

/**
 * The system register and system user requests, with Altinn's rules: a system (as {@link SystemRegistration} checks
 * it) belongs to the vendor that registered it; a request repeated for the same (system, customer, externalRef)
 * answers the pending or accepted one; a request not answered within {@code requestTimeout} is {@code Timedout}. One
 * lock for all: this is a sandbox.
 */
public class AltinnAuthentication implements SystemUserApprovals {

    static final Pattern ORGNO = Pattern.compile("\\d{9}");

    private final AltinnState state;
    private final Function<String, String> confirmUrl;
    private final Duration requestTimeout;
    private final Clock clock;
    private final AgentSystemUsers agents;
    private final ChangeRequests changes;

    /** @param confirmUrl the confirm page's address for a request id (agent and change requests add a kind) */
    public AltinnAuthentication(
            AltinnState state, Function<String, String> confirmUrl, Duration requestTimeout, Clock clock) {
        this.state = state;
        this.confirmUrl = confirmUrl;
        this.requestTimeout = requestTimeout;
        this.clock = clock;
        this.agents = new AgentSystemUsers(state, this, id -> confirmUrl.apply(id) + "?kind=agent", clock);
        this.changes = new ChangeRequests(state, this, id -> confirmUrl.apply(id) + "?kind=change", clock);
    }

    public AgentSystemUsers agents() {
        return agents;
    }

    public ChangeRequests changes() {
        return changes;
    }

    // --- system register -----------------------------------------------------------------------------------

    /** {@code POST /systemregister/vendor}: the new system's internal GUID. */
    public synchronized String register(String callerOrgno, Map<String, Object> body) {
        RegisteredSystem system = SystemRegistration.parse(callerOrgno, body, null);
        if (state.system(system.systemId()).isPresent()) {
            throw new AltinnRefusal(409, "AUTH.VLD-00002", "The system " + system.systemId() + " already exists");
        }
        state.systems.add(system);
        state.save();
        return system.internalId();
    }

    /** {@code PUT /systemregister/vendor/{systemId}}. */
    public synchronized void update(String callerOrgno, String systemId, Map<String, Object> body) {
        RegisteredSystem existing = state.owned(callerOrgno, systemId);
        RegisteredSystem updated = SystemRegistration.parse(callerOrgno, body, existing.internalId());
        if (!updated.systemId().equals(systemId)) {
            throw AltinnRefusal.badRequest("AUTH.VLD-00001", "The id in the body must be " + systemId);
        }
        state.systems.set(state.systems.indexOf(existing), updated);
        state.save();
    }

    public synchronized RegisteredSystem system(String callerOrgno, String systemId) {
        return state.owned(callerOrgno, systemId);
    }

    /** {@code PUT /systemregister/vendor/{systemId}/accesspackages}. */
    public synchronized void accessPackages(String callerOrgno, String systemId, List<String> packages) {
        RegisteredSystem existing = state.owned(callerOrgno, systemId);
        SystemRegistration.checkPackages(packages);
        state.systems.set(state.systems.indexOf(existing), existing.withAccessPackages(packages));
        state.save();
    }

    /**
     * Sandbox convenience: the vendor's own system ({@code <orgno>_<name>}, listing {@code clientId}) with a system user
     * for the vendor itself, approved, so Kurer can use the Broker as its own organisation from the first start. A real
     * organisation gets this through onboarding and a manager's approval.
     */
    public synchronized void approveOwnSystemUser(String vendorOrgno, String name, String clientId) {
        String systemId = vendorOrgno + "_" + name;
        if (state.system(systemId).isEmpty()) {
            register(
                    vendorOrgno,
                    Map.of(
                            "id",
                            systemId,
                            "vendor",
                            Map.of("authority", "iso6523-actorid-upis", "ID", "0192:" + vendorOrgno),
                            "name",
                            Map.of("nb", name, "nn", name, "en", name),
                            "clientId",
                            List.of(clientId)));
        } else if (!state.owned(vendorOrgno, systemId).clientIds().contains(clientId)) {
            return;
        }
        SystemUserRequest request = request(vendorOrgno, systemId, vendorOrgno, vendorOrgno, List.of(), null)
                .request();
        if (!SystemUserRequest.ACCEPTED.equals(request.status())) {
            decide(request.id(), true);
        }
    }

    /** {@code POST /systemuser/request/vendor}: the request, and whether it was created now (201) or found (200). */
    public synchronized Created request(
            String callerOrgno,
            String systemId,
            String partyOrgNo,
            String externalRef,
            List<String> packages,
            String redirectUrl) {
        if (partyOrgNo == null || !ORGNO.matcher(partyOrgNo).matches()) {
            throw AltinnRefusal.badRequest(
                    "AUTH.VLD-00010", "partyOrgNo must be an organisation number: " + partyOrgNo);
        }
        RegisteredSystem system = state.owned(callerOrgno, systemId);
        String ref = externalRef == null || externalRef.isBlank() ? partyOrgNo : externalRef;
        for (String each : packages) {
            if (!system.accessPackages().contains(each)) {
                throw AltinnRefusal.badRequest(
                        "AUTH.VLD-00008",
                        "The access package " + each + " is not registered on the system " + systemId);
            }
        }
        Optional<SystemUserRequest> existing = latest(systemId, partyOrgNo, ref);
        if (existing.isPresent()
                && (existing.get().status().equals(SystemUserRequest.NEW)
                        || existing.get().status().equals(SystemUserRequest.ACCEPTED))) {
            return new Created(existing.get(), false);
        }
        String id = UUID.randomUUID().toString();
        SystemUserRequest created = new SystemUserRequest(
                id,
                ref,
                systemId,
                partyOrgNo,
                packages,
                SystemUserRequest.NEW,
                redirectUrl,
                confirmUrl.apply(id),
                clock.instant().toString(),
                null);
        state.requests.add(created);
        state.save();
        return new Created(created, true);
    }

    public record Created(SystemUserRequest request, boolean isNew) {}

    /** {@code GET /systemuser/request/vendor/{id}}, as the vendor that made it sees it. */
    public synchronized SystemUserRequest request(String callerOrgno, String id) {
        SystemUserRequest request = current(id);
        state.owned(callerOrgno, request.systemId());
        return request;
    }

    /** {@code GET /systemuser/request/vendor/byexternalref/{systemId}/{orgNo}/{externalRef}}. */
    public synchronized SystemUserRequest request(
            String callerOrgno, String systemId, String partyOrgNo, String externalRef) {
        state.owned(callerOrgno, systemId);
        SystemUserRequest found = latest(systemId, partyOrgNo, externalRef)
                .orElseThrow(() ->
                        AltinnRefusal.notFound("No request for " + systemId + "/" + partyOrgNo + "/" + externalRef));
        return current(found.id());
    }

    /** For the confirm page: anyone holding the link may see it. */
    public synchronized SystemUserRequest request(String id) {
        return current(id);
    }

    /** The customer's manager clicked Approve or Reject on the confirm page. */
    public synchronized SystemUserRequest decide(String id, boolean approve) {
        SystemUserRequest request = current(id);
        if (!request.status().equals(SystemUserRequest.NEW)) {
            throw AltinnRefusal.badRequest("AUTH.VLD-00020", "The request is already " + request.status());
        }
        SystemUserRequest decided = approve
                ? request.withStatus(
                        SystemUserRequest.ACCEPTED, UUID.randomUUID().toString())
                : request.withStatus(SystemUserRequest.REJECTED, null);
        replace(request, decided);
        return decided;
    }

    /** Sandbox control: the request times out now, as if nobody had answered in time. */
    public synchronized SystemUserRequest timeOut(String id) {
        SystemUserRequest request = current(id);
        if (!request.status().equals(SystemUserRequest.NEW)) {
            throw AltinnRefusal.badRequest("AUTH.VLD-00020", "The request is already " + request.status());
        }
        SystemUserRequest timedOut = request.withStatus(SystemUserRequest.TIMEDOUT, null);
        replace(request, timedOut);
        return timedOut;
    }

    /** What Maskinporten asks before it issues a system user token. */
    @Override
    public synchronized Optional<ApprovedSystemUser> approved(String clientId, String partyOrgno, String externalRef) {
        return state.requests.stream()
                .filter(r -> r.status().equals(SystemUserRequest.ACCEPTED))
                .filter(r ->
                        r.partyOrgNo().equals(partyOrgno) && r.externalRef().equals(externalRef))
                .filter(r -> state.system(r.systemId())
                        .map(s -> s.clientIds().contains(clientId))
                        .orElse(false))
                .reduce((first, second) -> second)
                .map(r -> new ApprovedSystemUser(r.systemUserId(), r.systemId(), r.partyOrgNo()))
                .or(() -> agents.forClient(clientId, partyOrgno, externalRef));
    }

    private SystemUserRequest current(String id) {
        SystemUserRequest request = state.requests.stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> AltinnRefusal.notFound("No system user request " + id));
        if (request.status().equals(SystemUserRequest.NEW)
                && Instant.parse(request.created()).plus(requestTimeout).isBefore(clock.instant())) {
            SystemUserRequest timedOut = request.withStatus(SystemUserRequest.TIMEDOUT, null);
            replace(request, timedOut);
            return timedOut;
        }
        return request;
    }

    private Optional<SystemUserRequest> latest(String systemId, String partyOrgNo, String externalRef) {
        return state.requests.stream()
                .filter(r -> r.sameAs(systemId, partyOrgNo, externalRef))
                .reduce((first, second) -> second)
                .map(r -> current(r.id()));
    }

    private void replace(SystemUserRequest old, SystemUserRequest updated) {
        state.requests.set(state.requests.indexOf(old), updated);
        state.save();
    }
}
