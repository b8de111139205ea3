package no.kurer.dpi.entity;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.NamedQuery;

/**
 * The named queries of {@link Melding}, and their names: the statements {@code Meldinger} runs on {@code dpi_message}
 * that need more than a find (claims, conditional updates, retention), kept apart from the entity's fields.
 */
@MappedSuperclass
@NamedQuery(
        name = MeldingQueries.BY_CONVERSATION,
        query = "SELECT m FROM Melding m WHERE m.conversationId = :conversationId ORDER BY m.created")
@NamedQuery(
        name = MeldingQueries.DUE_FOR_FORWARDING,
        query =
                "SELECT m.meldingsid FROM Melding m WHERE m.state = no.kurer.dpi.entity.MessageState.READY_FOR_FORWARDING"
                        + " AND (m.work.nextAttemptAt IS NULL OR m.work.nextAttemptAt <= :now)"
                        + " AND (m.work.claimedUntil IS NULL OR m.work.claimedUntil < :now) ORDER BY m.work.nextAttemptAt")
@NamedQuery(
        name = MeldingQueries.CLAIM,
        query = "UPDATE Melding m SET m.work.claimedBy = :instance, m.work.claimedUntil = :until,"
                + " m.version = m.version + 1"
                + " WHERE m.meldingsid = :id"
                + " AND m.state = no.kurer.dpi.entity.MessageState.READY_FOR_FORWARDING"
                + " AND (m.work.nextAttemptAt IS NULL OR m.work.nextAttemptAt <= :now)"
                + " AND (m.work.claimedUntil IS NULL OR m.work.claimedUntil < :now)")
@NamedQuery(
        name = MeldingQueries.SUMMARY,
        query =
                "SELECT NEW no.kurer.dpi.entity.MeldingSummary(m.meldingsid, m.conversationId, m.avsender,"
                        + " m.databehandler, m.fingerprint, m.state, m.created) FROM Melding m WHERE m.meldingsid = :meldingsid")
@NamedQuery(
        name = MeldingQueries.ATTACH_PACKAGE,
        query = "UPDATE Melding m SET m.packageFile = :file, m.packageMediaType = :mediaType, m.packageSize = :size,"
                + " m.state = no.kurer.dpi.entity.MessageState.READY_FOR_FORWARDING, m.updated = :now,"
                + " m.work.nextAttemptAt = :now, m.version = m.version + 1"
                + " WHERE m.meldingsid = :meldingsid AND m.state = no.kurer.dpi.entity.MessageState.AWAITING_PACKAGE")
@NamedQuery(
        name = MeldingQueries.DUE_FOR_PURGE,
        query = "SELECT m.meldingsid FROM Melding m WHERE m.purged IS NULL AND m.updated < :cutoff"
                + " AND (m.state = no.kurer.dpi.entity.MessageState.AWAITING_PACKAGE"
                + " OR EXISTS (SELECT s.id FROM MeldingStatus s WHERE s.meldingsid = m.meldingsid"
                + " AND s.status IN (no.kurer.dpi.entity.Status.SENDT, no.kurer.dpi.entity.Status.FEILET)"
                + " AND s.occurred < :cutoff)) ORDER BY m.updated")
@NamedQuery(
        name = MeldingQueries.PACKAGE_FILES,
        query = "SELECT m.packageFile FROM Melding m WHERE m.packageFile IS NOT NULL")
@NamedQuery(
        name = MeldingQueries.UNPURGED_PACKAGE,
        query = "SELECT m.packageFile FROM Melding m WHERE m.meldingsid = :meldingsid AND m.purged IS NULL")
@NamedQuery(
        name = MeldingQueries.PURGE,
        query = "UPDATE Melding m SET m.purged = :now, m.forretningsmelding = '', m.packageFile = NULL,"
                + " m.packageMediaType = NULL, m.packageSize = NULL, m.version = m.version + 1"
                + " WHERE m.meldingsid = :meldingsid AND m.purged IS NULL")
public abstract class MeldingQueries {

    public static final String BY_CONVERSATION = "Melding.byConversation";
    /** Ids of messages ready for corner 3 whose next attempt is due and that nobody holds a live claim on. */
    public static final String DUE_FOR_FORWARDING = "Melding.dueForForwarding";
    /** Claims one message for forwarding if it is still due and unclaimed; the update count says who won. */
    public static final String CLAIM = "Melding.claimForForwarding";
    /** One message as a {@link MeldingSummary}. */
    public static final String SUMMARY = "Melding.summary";
    /**
     * Attaches a verified package to a message if it still awaits one ({@link Melding#packageAccepted} as one statement); the
     * update count says whether this request won.
     */
    public static final String ATTACH_PACKAGE = "Melding.attachPackage";
    /**
     * Ids of messages retention may purge: not purged yet, and finished (last status SENDT or FEILET) or abandoned
     * (package never uploaded) before the cutoff.
     */
    public static final String DUE_FOR_PURGE = "Melding.dueForPurge";
    /** Every package file a message refers to. */
    public static final String PACKAGE_FILES = "Melding.packageFiles";
    /** The package file of a message not purged yet (one row, perhaps null), or no row. */
    public static final String UNPURGED_PACKAGE = "Melding.unpurgedPackage";
    /**
     * Purges one message down to its key and addressing, if nobody did yet; the update count says whether this
     * instance did.
     */
    public static final String PURGE = "Melding.purge";

    protected MeldingQueries() {}
}
