package no.kurer.dpi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.entity.MeldingStatus;
import no.kurer.dpi.entity.Status;

/** The stored messages. Each method is one short transaction; packages are streamed before, never inside one. */
@ApplicationScoped
public class Meldinger {

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    public Optional<Melding> find(String meldingsid) {
        return Optional.ofNullable(em.find(Melding.class, meldingsid));
    }

    /** Stores a new message; the primary key refuses a meldingsid used before, whoever used it. */
    @Transactional
    public void create(Melding melding) {
        if (em.find(Melding.class, melding.meldingsid()) != null) {
            throw new MeldingsidUsed(melding.meldingsid());
        }
        try {
            em.persist(melding);
            em.flush();
        } catch (PersistenceException duplicate) {
            throw new MeldingsidUsed(melding.meldingsid());
        }
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
     * Attaches a verified package to a message that still awaits one. Returns nothing when another request got there
     * first (the row is locked, so two concurrent PUTs cannot both win).
     */
    @Transactional
    public Optional<Melding> attachPackage(String meldingsid, String file, String mediaType, long size) {
        Melding melding = em.find(Melding.class, meldingsid, LockModeType.PESSIMISTIC_WRITE);
        if (melding == null || !melding.awaitsPackage()) {
            return Optional.empty();
        }
        melding.packageAccepted(file, mediaType, size);
        em.persist(new MeldingStatus(meldingsid, Status.OPPRETTET, "Dokumentpakke mottatt"));
        return Optional.of(melding);
    }

    public List<MeldingStatus> history(String meldingsid) {
        return em.createNamedQuery(MeldingStatus.HISTORY, MeldingStatus.class)
                .setParameter("meldingsid", meldingsid)
                .getResultList();
    }
}
