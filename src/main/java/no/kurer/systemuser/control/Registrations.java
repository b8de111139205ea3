package no.kurer.systemuser.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import no.kurer.platform.Instance;
import no.kurer.platform.WorkClaim;
import no.kurer.systemuser.control.OnboardingSteps.Outcome;
import no.kurer.systemuser.entity.OnboardingStatus;
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
