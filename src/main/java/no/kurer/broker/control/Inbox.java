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

    /**
     * The incoming message with this id from {@code sender} (nine digits, or null for whichever sender it is from).
     *
     * @throws UnknownDpoMessage when there is none
     * @throws AmbiguousMessageId when no sender is named and several senders used the id
     */
    public DpoMessage find(String messageId, String sender) {
        List<DpoMessage> found = em.createNamedQuery(DpoMessage.BY_MESSAGE_ID, DpoMessage.class)
                .setParameter("direction", Direction.IN).setParameter("messageId", messageId).getResultList().stream()
                .filter(m -> sender == null || m.sender().equals(sender.startsWith("0192:") ? sender.substring(5)
                        : sender)).toList();
        if (found.isEmpty()) {
            throw new UnknownDpoMessage("No incoming DPO message " + messageId
                    + (sender == null ? "" : " from " + sender) + ".");
        }
        if (found.size() > 1) {
            throw new AmbiguousMessageId(messageId, found.stream().map(DpoMessage::sender).toList());
        }
        return found.get(0);
    }

    public DpoMessage markRead(String messageId, String sender) {
        DpoMessage message = find(messageId, sender);
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

    /**
     * Persists the message, or notes that it is held already (the same sender's instanceIdentifier from an earlier
     * file). Another sender's message with the same id is no duplicate: both are kept, and the history says so.
     */
    public Outcome store(String fileTransferId, Sbd sbd, Path packageFile) {
        IncomingTransfer transfer = em.find(IncomingTransfer.class, fileTransferId);
        List<DpoMessage> sameId = em.createNamedQuery(DpoMessage.BY_MESSAGE_ID, DpoMessage.class)
                .setParameter("direction", Direction.IN).setParameter("messageId", sbd.messageId()).getResultList();
        Optional<DpoMessage> held = sameId.stream().filter(m -> m.sender().equals(sbd.sender())).findFirst();
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
        String clash = sameId.isEmpty() ? "" : "; its message id is also used by "
                + String.join(", ", sameId.stream().map(m -> "0192:" + m.sender()).toList());
        em.persist(new DpoMessageStatus(message.id(), DpoState.RECEIVED, "Received through the broker, file transfer "
                + fileTransferId + clash));
        transfer.held(Outcome.STORED, message.id(), null);
        return Outcome.STORED;
    }

    /** Keeps an unreadable or refused file as a FAILED incoming message, for the admin; {@code file} may be null. */
    public void keepFailed(String fileTransferId, String sender, Path file, String reason) {
        IncomingTransfer transfer = em.find(IncomingTransfer.class, fileTransferId);
        String party = IncomingFileRules.orgno(sender);
        String orgno = party.matches("\\d{9}") ? party : "000000000";
        Sbd placeholder = new Sbd(fileTransferId, fileTransferId, orgno, config.organisation(), null, "{}");
        DpoMessage message = new DpoMessage(Direction.IN, placeholder, DpoState.FAILED);
        message.fileTransfer(fileTransferId);
        if (file != null) {
            message.packaged(file.toString(), sizeOf(file), null);
        }
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
        int attempts = transfer.work().attempts() + 1;
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
