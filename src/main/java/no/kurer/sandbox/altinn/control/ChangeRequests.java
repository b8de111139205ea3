package no.kurer.sandbox.altinn.control;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import no.kurer.sandbox.altinn.entity.ChangeRequest;
import no.kurer.sandbox.altinn.entity.RegisteredSystem;
import no.kurer.sandbox.altinn.entity.SystemUserRequest;

/**
 * Change requests for a standard system user's access packages, with Altinn's rules: only the vendor of the system
 * user's system may ask; the vendor names it with its own {@code correlation-id} (repeating it answers the same
 * request); empty sets need no change; a required package must be registered on the system. Approving it changes the
 * system user's packages. Serialised on the lock {@link AltinnAuthentication} passes.
 */
public class ChangeRequests {

    private final AltinnState state;
    private final Object lock;
    private final Function<String, String> confirmUrl;
    private final Clock clock;

    ChangeRequests(AltinnState state, Object lock, Function<String, String> confirmUrl, Clock clock) {
        this.state = state;
        this.lock = lock;
        this.confirmUrl = confirmUrl;
        this.clock = clock;
    }

    /** {@code POST /systemuser/changerequest/vendor?correlation-id=&system-user-id=}: the request, and if new. */
    public Created create(
            String callerOrgno,
            String correlationId,
            String systemUserId,
            List<String> required,
            List<String> unwanted,
            String redirectUrl) {
        synchronized (lock) {
            if (correlationId == null || correlationId.isBlank()) {
                throw AltinnRefusal.badRequest(null, "Missing or invalid QueryParameter: correlation-id");
            }
            if (correlationId.equals(systemUserId)) {
                throw AltinnRefusal.badRequest(null, "The correlation-id must not be the system-user-id");
            }
            SystemUserRequest user = standardUser(systemUserId);
            RegisteredSystem system = state.system(user.systemId()).orElseThrow();
            if (!system.vendorOrgno().equals(callerOrgno)) {
                throw new AltinnRefusal(401, null, "Only the system's vendor may ask for a change");
            }
            if (required.isEmpty() && unwanted.isEmpty()) {
                return new Created(change(correlationId, user, required, unwanted, redirectUrl, null), false);
            }
            for (ChangeRequest existing : state.changeRequests) {
                if (existing.id().equals(correlationId)) {
                    return new Created(existing, false);
                }
            }
            for (String each : required) {
                if (!system.accessPackages().contains(each)) {
                    throw AltinnRefusal.badRequest(
                            "AUTH.VLD-00008",
                            "The access package " + each + " is not registered on the system " + system.systemId());
                }
            }
            ChangeRequest created = change(correlationId, user, required, unwanted, redirectUrl, SystemUserRequest.NEW);
            state.changeRequests.add(created);
            state.save();
            return new Created(created, true);
        }
    }

    public record Created(ChangeRequest request, boolean isNew) {}

    /** {@code GET /systemuser/changerequest/vendor/{id}}, as the vendor that made it sees it. */
    public ChangeRequest request(String callerOrgno, String id) {
        synchronized (lock) {
            ChangeRequest request = request(id);
            state.owned(callerOrgno, request.systemId());
            return request;
        }
    }

    /** For the confirm page: anyone holding the link may see it. */
    public ChangeRequest request(String id) {
        synchronized (lock) {
            return state.changeRequests.stream()
                    .filter(r -> r.id().equals(id))
                    .findFirst()
                    .orElseThrow(() -> AltinnRefusal.notFound("No change request " + id));
        }
    }

    /** The customer's manager approved or rejected: approval changes the system user's access packages. */
    public ChangeRequest decide(String id, boolean approve) {
        synchronized (lock) {
            ChangeRequest request = request(id);
            if (!request.status().equals(SystemUserRequest.NEW)) {
                throw AltinnRefusal.badRequest("AUTH.VLD-00020", "The change request is already " + request.status());
            }
            ChangeRequest decided =
                    request.withStatus(approve ? SystemUserRequest.ACCEPTED : SystemUserRequest.REJECTED);
            state.changeRequests.set(state.changeRequests.indexOf(request), decided);
            if (approve) {
                SystemUserRequest user = standardUser(request.systemUserId());
                List<String> packages = new ArrayList<>(user.accessPackages());
                packages.removeAll(request.unwantedAccessPackages());
                request.requiredAccessPackages().stream()
                        .filter(p -> !packages.contains(p))
                        .forEach(packages::add);
                state.requests.set(state.requests.indexOf(user), user.withAccessPackages(packages));
            }
            state.save();
            return decided;
        }
    }

    private SystemUserRequest standardUser(String systemUserId) {
        return state.requests.stream()
                .filter(r -> r.systemUserId() != null && r.systemUserId().equals(systemUserId))
                .findFirst()
                .orElseThrow(() -> AltinnRefusal.notFound("No system user " + systemUserId));
    }

    private ChangeRequest change(
            String id,
            SystemUserRequest user,
            List<String> required,
            List<String> unwanted,
            String redirectUrl,
            String status) {
        return new ChangeRequest(
                id,
                user.systemUserId(),
                user.systemId(),
                user.partyOrgNo(),
                user.externalRef(),
                required,
                unwanted,
                status == null ? ChangeRequest.NO_CHANGE_NEEDED : status,
                redirectUrl,
                status == null ? "" : confirmUrl.apply(id),
                clock.instant().toString());
    }
}
