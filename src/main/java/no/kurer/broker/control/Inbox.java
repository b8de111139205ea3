package no.kurer.broker.control;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import no.kurer.broker.entity.Direction;
import no.kurer.broker.entity.DpoMessage;
import no.kurer.broker.entity.DpoMessageStatus;
import no.kurer.broker.entity.DpoState;
import no.kurer.broker.entity.IncomingTransfer;
import no.kurer.broker.entity.IncomingTransfer.Outcome;
import no.kurer.broker.entity.Sbd;

/** Incoming DPO messages and the broker files they came in, in the database. */
@ApplicationScoped
@Transactional
public class Inbox {

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    @Inject
    DpoConfiguration config;

    // --- for the local system ----------------------------------------------------------------------------

    public List<DpoMessage> unread() {
        return em.createNamedQuery(DpoMessage.INCOMING_UNREAD, DpoMessage.class).setMaxResults(1000).getResultList();
    }

    public DpoMessage find(String messageId) {
        return em.createNamedQuery(DpoMessage.BY_MESSAGE_ID, DpoMessage.class).setParameter("direction", Direction.IN)
                .setParameter("messageId", messageId).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownDpoMessage("No incoming DPO message " + messageId + "."));
    }

    public DpoMessage markRead(String messageId) {
        DpoMessage message = find(messageId);
        if (message.state() == DpoState.RECEIVED) {
            message.read();
            em.persist(message.moveTo(DpoState.READ, "Read by the local system"));
        }
        return message;
    }

    // --- for the poller ----------------------------------------------------------------------------------

    /** Inserts the claim; false when another instance (or an earlier round) has the file already. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String fileTransferId, Duration lease) {
        if (em.find(IncomingTransfer.class, fileTransferId) != null) {
            return false;
        }
        em.persist(new IncomingTransfer(fileTransferId, DpoConfiguration.INSTANCE, DpoMessage.now().plus(lease)));
        em.flush();
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean takeOver(String fileTransferId, Duration lease) {
        OffsetDateTime now = DpoMessage.now();
        return em.createNamedQuery(IncomingTransfer.TAKE_OVER).setParameter("instance", DpoConfiguration.INSTANCE)
                .setParameter("until", now.plus(lease)).setParameter("id", fileTransferId).setParameter("now", now)
                .executeUpdate() == 1;
    }

    public List<String> unconfirmed() {
        return em.createNamedQuery(IncomingTransfer.UNCONFIRMED, String.class).setMaxResults(1000).getResultList();
    }

    public List<String> abandoned() {
        return em.createNamedQuery(IncomingTransfer.ABANDONED, String.class).setParameter("now", DpoMessage.now())
                .setMaxResults(1000).getResultList();
    }

    /** Persists the message, or notes that it is held already (same instanceIdentifier from an earlier file). */
    public Outcome store(String fileTransferId, Sbd sbd, Path packageFile) {
        IncomingTransfer transfer = em.find(IncomingTransfer.class, fileTransferId);
        Optional<DpoMessage> held = em.createNamedQuery(DpoMessage.BY_MESSAGE_ID, DpoMessage.class)
                .setParameter("direction", Direction.IN).setParameter("messageId", sbd.messageId()).getResultStream()
                .findFirst();
        if (held.isPresent()) {
            transfer.held(Outcome.DUPLICATE, held.get().id(), "Message " + sbd.messageId() + " is held already");
            return Outcome.DUPLICATE;
        }
        DpoMessage message = new DpoMessage(Direction.IN, sbd, DpoState.RECEIVED);
        message.fileTransfer(fileTransferId);
        if (packageFile != null) {
            message.packaged(packageFile.toString(), sizeOf(packageFile), null);
        }
        em.persist(message);
        em.flush();
        em.persist(new DpoMessageStatus(message.id(), DpoState.RECEIVED, "Received through the broker, file transfer "
                + fileTransferId));
        transfer.held(Outcome.STORED, message.id(), null);
        return Outcome.STORED;
    }

    /** Keeps an unreadable file as a FAILED incoming message, so the admin sees it. */
    public void keepFailed(String fileTransferId, String sender, Path file, String reason) {
        IncomingTransfer transfer = em.find(IncomingTransfer.class, fileTransferId);
        String orgno = sender != null && sender.matches("(0192:)?\\d{9}") ? sender.substring(sender.length() - 9)
                : "000000000";
        Sbd placeholder = new Sbd(fileTransferId, fileTransferId, orgno, config.organisation(), null, "{}");
        DpoMessage message = new DpoMessage(Direction.IN, placeholder, DpoState.FAILED);
        message.fileTransfer(fileTransferId);
        message.packaged(file.toString(), sizeOf(file), null);
        em.persist(message);
        em.flush();
        em.persist(message.moveTo(DpoState.FAILED, reason));
        transfer.held(Outcome.FAILED, message.id(), reason);
    }

    public void confirmed(String fileTransferId) {
        em.find(IncomingTransfer.class, fileTransferId).confirmed();
    }

    /** The broker (or the path to it) failed, not the file: tried again soon, the attempts unchanged. */
    public void retryLater(String fileTransferId, String reason) {
        em.find(IncomingTransfer.class, fileTransferId).outage(reason, DpoMessage.now().plus(config.backoff().after(1)));
    }

    /**
     * The file failed for a reason of its own: tried again after the backoff, or, at the last of
     * {@code broker.receive.max-attempts}, kept FAILED with the reason.
     *
     * @return true when the file is now kept FAILED (so it is to be confirmed)
     */
    public boolean failedAttempt(String fileTransferId, String sender, Path file, String reason) {
        IncomingTransfer transfer = em.find(IncomingTransfer.class, fileTransferId);
        int attempts = transfer.attempts() + 1;
        if (attempts < config.receiveMaxAttempts()) {
            transfer.failedAttempt(reason, DpoMessage.now().plus(config.backoff().after(attempts)));
            return false;
        }
        transfer.failedAttempt(reason, null);
        keepFailed(fileTransferId, sender, file, "Gave up after " + attempts + " attempts: " + reason);
        return true;
    }

    private static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
