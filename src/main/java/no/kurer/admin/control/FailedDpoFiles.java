package no.kurer.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.kurer.broker.entity.Direction;
import no.kurer.broker.entity.DpoMessage;
import no.kurer.broker.entity.DpoState;
import no.kurer.configuration.Settings;
import no.kurer.configuration.Storage;

/**
 * The incoming DPO files Kurer kept as FAILED (issue 17, item 4), and the raw file as the broker delivered it, for
 * investigation. Kurer keeps the raw file of a file that failed on its own account (unreadable, a wrong checksum, a
 * payload that cannot be opened) after its last attempt; a file refused by the rules ({@code IncomingFileRules}) or
 * whose entries inflate too far is kept without it. Only files below {@code storage.dir} are ever served.
 */
@ApplicationScoped
@Transactional
public class FailedDpoFiles {

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    @Inject
    Settings settings;

    /** Incoming files that ended FAILED, newest first. */
    public List<DpoMessage> list(int max) {
        return em.createQuery(
                        "SELECT m FROM DpoMessage m WHERE m.direction = :direction AND m.state = :state"
                                + " ORDER BY m.updated DESC",
                        DpoMessage.class)
                .setParameter("direction", Direction.IN)
                .setParameter("state", DpoState.FAILED)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * @throws UnknownFailedFile when no incoming message with this id ended FAILED
     * @throws RawFileNotKept when Kurer did not keep its raw file, or it is gone
     */
    public RawFile raw(long id) {
        DpoMessage message = em.find(DpoMessage.class, id);
        if (message == null || message.direction() != Direction.IN || message.state() != DpoState.FAILED) {
            throw new UnknownFailedFile(id);
        }
        if (!hasRawFile(message)) {
            throw new RawFileNotKept(id);
        }
        return new RawFile(message.fileTransferId(), Path.of(message.packageFile()));
    }

    /** Whether the raw file is there to download: kept, still present, and within the file store. */
    public boolean hasRawFile(DpoMessage message) {
        if (message.packageFile() == null) {
            return false;
        }
        Path store = Path.of(settings.get(Storage.DIR)).toAbsolutePath().normalize();
        Path file = Path.of(message.packageFile()).toAbsolutePath().normalize();
        return file.startsWith(store) && Files.isRegularFile(file);
    }

    /** A kept raw file and the broker's id of its transfer. */
    public record RawFile(String fileTransferId, Path path) {}
}
