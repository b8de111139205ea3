package no.kurer.systemuser.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.kurer.platform.Instance;
import no.kurer.platform.WorkClaim;
import no.kurer.systemuser.control.OnboardingSteps.Outcome;
import no.kurer.systemuser.entity.OnboardingStatus;
import no.kurer.systemuser.entity.PackageChange;
import no.kurer.systemuser.entity.Registration;
import no.kurer.systemuser.entity.RegistrationStatus;

/** The stored onboardings. Each method is one short transaction; Altinn is never called inside one. */
@ApplicationScoped
public class Registrations {

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    /** Stores a new onboarding, or answers the one for the same system, customer and externalRef. */
    @Transactional
    public Registration create(Registration registration) {
        Optional<Registration> existing = em.createNamedQuery(Registration.BY_KEY, Registration.class)
                .setParameter("systemId", registration.systemId())
                .setParameter("party", registration.partyOrgno())
                .setParameter("externalRef", registration.externalRef())
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        em.persist(registration);
        em.flush();
        em.persist(new RegistrationStatus(registration.id(), registration.status(), "Onboarding started"));
        return registration;
    }

    public Optional<Registration> find(long id) {
        return Optional.ofNullable(em.find(Registration.class, id));
    }

    public List<Registration> all() {
        return em.createNamedQuery(Registration.ALL, Registration.class).getResultList();
    }

    public List<RegistrationStatus> history(long id) {
        return em.createNamedQuery(RegistrationStatus.HISTORY, RegistrationStatus.class)
                .setParameter("id", id)
                .getResultList();
    }

    /** Accepted onboardings, the most recently accepted first. */
    public List<Registration> accepted() {
        return em.createNamedQuery(Registration.ACCEPTED, Registration.class)
                .setParameter("status", OnboardingStatus.ACCEPTED)
                .getResultList();
    }

    /** Accepted agent onboardings, oldest first: those whose clients Kurer follows. */
    public List<Registration> acceptedAgents() {
        return em.createNamedQuery(Registration.BY_KIND, Registration.class)
                .setParameter("status", OnboardingStatus.ACCEPTED)
                .setParameter("kind", Registration.Kind.AGENT)
                .getResultList();
    }

    /** Onboardings with a change request Altinn has not decided yet. */
    public List<Registration> pendingChanges() {
        return em.createNamedQuery(Registration.CHANGES, Registration.class)
                .setParameter("changeStatus", PackageChange.NEW)
                .getResultList();
    }

    /** The access packages Kurer's onboardings of {@code systemId} hold or asked for, each once. */
    public List<String> packagesOf(String systemId) {
        Set<String> packages = new LinkedHashSet<>();
        for (Registration r : em.createNamedQuery(Registration.BY_SYSTEM, Registration.class)
                .setParameter("systemId", systemId)
                .getResultList()) {
            packages.addAll(r.accessPackages());
            packages.addAll(r.change().packages());
        }
        return List.copyOf(packages);
    }

    /** Altinn's id of the onboarding's system user, once Kurer learnt it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void systemUserId(long id, String systemUserId) {
        Registration registration = em.find(Registration.class, id);
        if (registration != null && !systemUserId.equals(registration.systemUserId())) {
            registration.systemUserId(systemUserId);
        }
    }

    /** The agent's clients as Altinn listed them now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void clientsListed(long id, List<String> orgnos) {
        Registration registration = em.find(Registration.class, id);
        if (registration != null) {
            registration.clients().listed(orgnos);
        }
    }

    /** Reading the agent's clients failed; true when the error is new (not the one recorded last). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean clientsFailed(long id, String error) {
        Registration registration = em.find(Registration.class, id);
        if (registration == null || Objects.equals(registration.clients().error(), error)) {
            return false;
        }
        registration.clients().failed(error);
        return true;
    }

    /** A change request was posted: stored, with an entry in the history. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Registration changeRequested(
            long id, String requestId, String status, String confirmUrl, List<String> packages) {
        Registration registration = em.find(Registration.class, id);
        if (registration == null) {
            throw new UnknownRegistration(id);
        }
        registration.change().requested(requestId, status, confirmUrl, packages);
        decided(registration);
        em.persist(new RegistrationStatus(
                id,
                registration.status(),
                "Change request " + requestId + " for " + String.join(", ", packages) + ": " + status));
        return registration;
    }

    /** Altinn's status of the change request {@code requestId} now (a change of status goes into the history). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void changeFollowed(long id, String requestId, String status, String confirmUrl) {
        Registration registration = em.find(Registration.class, id);
        if (registration == null || !requestId.equals(registration.change().requestId())) {
            return;
        }
        boolean changed = !status.equals(registration.change().status());
        registration.change().followed(status, confirmUrl);
        decided(registration);
        if (changed) {
            em.persist(
                    new RegistrationStatus(id, registration.status(), "Change request " + requestId + ": " + status));
        }
    }

    /** Following the change request failed; true when the error is new. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean changeFailed(long id, String requestId, String error) {
        Registration registration = em.find(Registration.class, id);
        if (registration == null
                || !requestId.equals(registration.change().requestId())
                || Objects.equals(registration.change().error(), error)) {
            return false;
        }
        registration.change().failed(error);
        return true;
    }

    /** Once a change request is Accepted, its packages are the system user's too. */
    private static void decided(Registration registration) {
        if (registration.change().accepted()) {
            registration.addAccessPackages(registration.change().packages());
        }
    }

    public List<Long> due(Instant now) {
        return em.createNamedQuery(Registration.DUE, Registration.class)
                .setParameter(
                        "statuses",
                        List.of(OnboardingStatus.REGISTERING_SYSTEM, OnboardingStatus.REQUESTING, OnboardingStatus.NEW))
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setMaxResults(100)
                .getResultStream()
                .map(Registration::id)
                .toList();
    }

    /**
     * Claims the next attempt at an onboarding in progress that is due: nobody else (another instance, another thread)
     * tries it before {@code until}. One conditional UPDATE, so of several claimants exactly one wins. In a transaction
     * of its own, committed before Altinn is called.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Registration> claim(long id, Instant now, Instant until) {
        if (!WorkClaim.take(
                em,
                Registration.CLAIM,
                id,
                Instance.ID,
                now.atOffset(ZoneOffset.UTC),
                until.atOffset(ZoneOffset.UTC))) {
            return Optional.empty();
        }
        Registration claimed = em.find(Registration.class, id);
        em.refresh(claimed); // the UPDATE went past the persistence context
        return Optional.of(claimed);
    }

    /**
     * Records what an attempt came to, unless someone changed the onboarding since it was claimed. In a transaction of
     * its own, after Altinn has answered.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long id, long claimedVersion, Outcome outcome) {
        Registration registration = em.find(Registration.class, id);
        if (registration == null || registration.version() != claimedVersion) {
            return;
        }
        boolean changed = registration.status() != outcome.status();
        boolean newError = outcome.error() != null
                && !outcome.error().equals(registration.work().lastError());
        if (outcome.requestId() != null) {
            registration.requested(outcome.requestId(), outcome.confirmUrl());
        }
        registration.moveTo(outcome.status(), outcome.error(), outcome.retryAt());
        if (changed || newError) {
            em.persist(new RegistrationStatus(
                    id, outcome.status(), outcome.description() != null ? outcome.description() : outcome.error()));
        }
    }

    /** Starts a failed, rejected, denied or timed-out onboarding again from the system registration. */
    @Transactional
    public Registration retry(long id) {
        Registration registration = em.find(Registration.class, id);
        if (registration == null) {
            throw new UnknownRegistration(id);
        }
        if (!registration.status().retryable()) {
            throw new NotRetryable(id, registration.status().label());
        }
        registration.moveTo(OnboardingStatus.REGISTERING_SYSTEM, null, Instant.now());
        em.persist(new RegistrationStatus(id, OnboardingStatus.REGISTERING_SYSTEM, "Retried by an administrator"));
        return registration;
    }
}
