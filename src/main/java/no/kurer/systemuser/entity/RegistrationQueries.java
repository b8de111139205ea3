package no.kurer.systemuser.entity;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.NamedQuery;

/**
 * The named queries of {@link Registration}, and their names: what {@code Registrations} runs on
 * {@code systemuser_registration} besides a find (due work, its claim, accepted and agent onboardings, undecided change
 * requests), kept apart from the entity's fields.
 */
@MappedSuperclass
@NamedQuery(name = RegistrationQueries.ALL, query = "SELECT r FROM Registration r ORDER BY r.id DESC")
@NamedQuery(
        name = RegistrationQueries.DUE,
        query = "SELECT r FROM Registration r WHERE r.status IN :statuses"
                + " AND (r.work.nextAttemptAt IS NULL OR r.work.nextAttemptAt <= :now) ORDER BY r.work.nextAttemptAt")
@NamedQuery(
        name = RegistrationQueries.BY_KEY,
        query = "SELECT r FROM Registration r WHERE r.systemId = :systemId"
                + " AND r.partyOrgno = :party AND r.externalRef = :externalRef")
@NamedQuery(
        name = RegistrationQueries.ACCEPTED,
        query = "SELECT r FROM Registration r WHERE r.status = :status" + " ORDER BY r.updated DESC")
@NamedQuery(
        name = RegistrationQueries.BY_KIND,
        query = "SELECT r FROM Registration r WHERE r.status = :status AND r.kind = :kind ORDER BY r.id")
@NamedQuery(
        name = RegistrationQueries.CHANGES,
        query = "SELECT r FROM Registration r WHERE r.change.status = :changeStatus ORDER BY r.id")
@NamedQuery(
        name = RegistrationQueries.BY_SYSTEM,
        query = "SELECT r FROM Registration r WHERE r.systemId = :systemId ORDER BY r.id")
@NamedQuery(
        name = RegistrationQueries.CLAIM,
        query = "UPDATE Registration r SET r.work.claimedBy = :instance, r.work.claimedUntil = :until,"
                + " r.work.nextAttemptAt = :until, r.version = r.version + 1"
                + " WHERE r.id = :id AND r.status IN (no.kurer.systemuser.entity.OnboardingStatus.REGISTERING_SYSTEM,"
                + " no.kurer.systemuser.entity.OnboardingStatus.REQUESTING, no.kurer.systemuser.entity.OnboardingStatus.NEW)"
                + " AND (r.work.nextAttemptAt IS NULL OR r.work.nextAttemptAt <= :now)"
                + " AND (r.work.claimedUntil IS NULL OR r.work.claimedUntil < :now)")
public abstract class RegistrationQueries {

    public static final String ALL = "Registration.all";
    public static final String DUE = "Registration.due";
    public static final String BY_KEY = "Registration.byKey";
    public static final String ACCEPTED = "Registration.accepted";
    public static final String CLAIM = "Registration.claim";
    public static final String BY_KIND = "Registration.byKind";
    public static final String CHANGES = "Registration.changes";
    public static final String BY_SYSTEM = "Registration.bySystem";
}
