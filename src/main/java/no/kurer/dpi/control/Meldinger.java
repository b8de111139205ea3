package no.kurer.dpi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.entity.MeldingStatus;
import no.kurer.dpi.entity.MeldingSummary;
import no.kurer.dpi.entity.MessageState;
import no.kurer.dpi.entity.Status;
import no.kurer.platform.ConstraintViolation;
import no.kurer.platform.WorkClaim;

/**
 * The stored messages: the one class that reads and writes {@code dpi_message} and its status history. Each method is
 * one short transaction, or joins the caller's; packages are streamed before, never inside one.
 */
@ApplicationScoped
public class Meldinger {

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    protected Meldinger() {}

    /** Over a persistence context of the caller's (the outbox's, a test's). */
    public Meldinger(EntityManager em) {
        this.em = em;
    }

    public Optional<Melding> find(String meldingsid) {
        return Optional.ofNullable(em.find(Melding.class, meldingsid));
    }

    /** The columns an upload needs, without the forretningsmelding. */
    public Optional<MeldingSummary> summary(String meldingsid) {
        return em.createNamedQuery(Melding.SUMMARY, MeldingSummary.class)
                .setParameter("meldingsid", meldingsid)
                .getResultStream()
                .findFirst();
    }

    /**
     * Stores a new message; the primary key refuses a meldingsid used before, whoever used it (one insert, no read
     * first: a replay is rare, and a read would not stop two concurrent ones anyway).
     */
    @Transactional
    public void create(Melding melding) {
        try {
            em.persist(melding);
            em.flush();
        } catch (PersistenceException e) {
            if (ConstraintViolation.in(e)) {
                throw new MeldingsidUsed(melding.meldingsid());
            }
            throw e;
        }
    }

    /** Stores a new message together with its verified package (the one-call forms), its channel already set. */
    @Transactional
    public void createComplete(Melding melding, String file, String mediaType, long size) {
        melding.packageAccepted(file, mediaType, size);
        create(melding);
        record(melding.meldingsid(), Status.OPPRETTET, "Dokumentpakke mottatt");
    }

    /**
     * Attaches a verified package to a message that still awaits one, in one conditional update. Returns false when
     * another request got there first (two concurrent PUTs cannot both win: the second update finds the state changed).
     */
    @Transactional
    public boolean attachPackage(String meldingsid, String file, String mediaType, long size) {
        int updated = em.createNamedQuery(Melding.ATTACH_PACKAGE)
                .setParameter("file", file)
                .setParameter("mediaType", mediaType)
                .setParameter("size", size)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter("meldingsid", meldingsid)
                .executeUpdate();
        if (updated == 0) {
            return false;
        }
        record(meldingsid, Status.OPPRETTET, "Dokumentpakke mottatt");
        return true;
    }

    /** Adds a status to the message's history, in the caller's transaction. */
    public void record(String meldingsid, Status status, String description) {
        em.persist(new MeldingStatus(meldingsid, status, description));
    }

    public List<MeldingStatus> history(String meldingsid) {
        return em.createNamedQuery(MeldingStatus.HISTORY, MeldingStatus.class)
                .setParameter("meldingsid", meldingsid)
                .getResultList();
    }

    /** The conversation's messages, oldest first. */
    public List<Melding> conversation(String conversationId) {
        return em.createNamedQuery(Melding.BY_CONVERSATION, Melding.class)
                .setParameter("conversationId", conversationId)
                .getResultList();
    }

    /**
     * Whether {@code avsender} sent a message in this conversation, counted in the database: through
     * {@code databehandler} when one is given, and as {@code avsenderidentifikator} when one is given.
     */
    public boolean sentIn(String conversationId, String avsender, String databehandler, String avsenderidentifikator) {
        String jpql =
                "SELECT COUNT(m) FROM Melding m WHERE m.conversationId = :conversationId AND m.avsender = :avsender"
                        + (databehandler == null ? "" : " AND m.databehandler = :databehandler")
                        + (avsenderidentifikator == null
                                ? ""
                                : " AND m.avsenderidentifikator = :avsenderidentifikator");
        TypedQuery<Long> count = em.createQuery(jpql, Long.class)
                .setParameter("conversationId", conversationId)
                .setParameter("avsender", avsender);
        if (databehandler != null) {
            count.setParameter("databehandler", databehandler);
        }
        if (avsenderidentifikator != null) {
            count.setParameter("avsenderidentifikator", avsenderidentifikator);
        }
        return count.getSingleResult() > 0;
    }

    /** Messages due now and not held by a live claim, oldest due first; another instance may claim them first. */
    public List<String> dueForForwarding(OffsetDateTime now, int limit) {
        return em.createNamedQuery(Melding.DUE_FOR_FORWARDING, String.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Claims the message for {@code claimer} until {@code until}, if it is still due and unclaimed. The check and the
     * claim are one UPDATE, so of several instances racing for a message exactly one sees an update count of 1.
     */
    public boolean claimForForwarding(String meldingsid, String claimer, OffsetDateTime now, OffsetDateTime until) {
        return WorkClaim.take(em, Melding.CLAIM, meldingsid, claimer, now, until);
    }

    /**
     * Makes a letter waiting in backoff due now; a letter not in the outbox, due already, or claimed by an instance
     * forwarding it is left as it is.
     *
     * @return whether the letter was made due
     */
    @Transactional
    public boolean makeDue(String meldingsid, OffsetDateTime now) {
        return em.createQuery("UPDATE Melding m SET m.work.nextAttemptAt = :now, m.version = m.version + 1"
                                + " WHERE m.meldingsid = :meldingsid AND m.state = :state AND m.work.nextAttemptAt > :now"
                                + " AND (m.work.claimedUntil IS NULL OR m.work.claimedUntil < :now)")
                        .setParameter("now", now)
                        .setParameter("meldingsid", meldingsid)
                        .setParameter("state", MessageState.READY_FOR_FORWARDING)
                        .executeUpdate()
                == 1;
    }

    /** Ids of messages finished or abandoned before the cutoff and not purged yet, oldest first. */
    public List<String> dueForPurge(OffsetDateTime cutoff, int limit) {
        return em.createNamedQuery(Melding.DUE_FOR_PURGE, String.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Every package name a message refers to, in one query, for finding package files no message points to. */
    public Set<String> referencedPackages() {
        return new HashSet<>(
                em.createNamedQuery(Melding.PACKAGE_FILES, String.class).getResultList());
    }

    /**
     * Claims and purges one message: keeps its key and addressing (so the meldingsid stays used, and late receipts
     * still find their conversation), drops the forretningsmelding, the package reference and the status history. Of
     * several instances purging at once, the conditional update lets exactly one purge each message.
     *
     * @return the package file to delete after commit, if there was one; empty also when another instance got it
     */
    @Transactional
    public Optional<Optional<String>> purge(String meldingsid, OffsetDateTime now) {
        List<String> file = em.createNamedQuery(Melding.UNPURGED_PACKAGE, String.class)
                .setParameter("meldingsid", meldingsid)
                .getResultList();
        int claimed = em.createNamedQuery(Melding.PURGE)
                .setParameter("now", now)
                .setParameter("meldingsid", meldingsid)
                .executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        em.createNamedQuery(MeldingStatus.DELETE_HISTORY)
                .setParameter("meldingsid", meldingsid)
                .executeUpdate();
        return Optional.of(file.isEmpty() ? Optional.empty() : Optional.ofNullable(file.get(0)));
    }
}
