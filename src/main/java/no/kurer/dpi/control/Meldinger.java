package no.kurer.dpi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.entity.MeldingStatus;
import no.kurer.dpi.entity.MeldingSummary;
import no.kurer.dpi.entity.Status;

/** The stored messages. Each method is one short transaction; packages are streamed before, never inside one. */
@ApplicationScoped
public class Meldinger {

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    public Optional<Melding> find(String meldingsid) {
        return Optional.ofNullable(em.find(Melding.class, meldingsid));
    }

    /** The columns an upload needs, without the forretningsmelding. */
    public Optional<MeldingSummary> summary(String meldingsid) {
        return em.createNamedQuery(Melding.SUMMARY, MeldingSummary.class)
                .setParameter("meldingsid", meldingsid)
                .getResultStream().findFirst();
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
            if (isConstraintViolation(e)) {
                throw new MeldingsidUsed(melding.meldingsid());
            }
            throw e;
        }
    }

    /** SQLState class 23, integrity constraint violation (H2 and PostgreSQL: 23505 for a duplicate key). */
    private static boolean isConstraintViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Stores a new message together with its verified package (the one-call forms), and {@code alsoStore} in the
     * same transaction.
     */
    @Transactional
    public void createComplete(Melding melding, String file, String mediaType, long size, Consumer<Melding> alsoStore) {
        melding.packageAccepted(file, mediaType, size);
        create(melding);
        em.persist(new MeldingStatus(melding.meldingsid(), Status.OPPRETTET, "Dokumentpakke mottatt"));
        alsoStore.accept(melding);
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
        em.persist(new MeldingStatus(meldingsid, Status.OPPRETTET, "Dokumentpakke mottatt"));
        return true;
    }

    public List<MeldingStatus> history(String meldingsid) {
        return em.createNamedQuery(MeldingStatus.HISTORY, MeldingStatus.class)
                .setParameter("meldingsid", meldingsid)
                .getResultList();
    }
}
