package no.kurer.broker.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import no.kurer.broker.entity.Direction;
import no.kurer.broker.entity.DpoMessage;
import no.kurer.broker.entity.DpoMessageStatus;
import no.kurer.broker.entity.DpoState;
import no.kurer.broker.entity.IncomingTransfer;
import no.kurer.broker.entity.IncomingTransfer.Outcome;
import no.kurer.broker.entity.Sbd;
import no.kurer.conversation.control.DpoConversations;
import no.kurer.conversation.control.IncomingDocuments;
import no.kurer.platform.Instance;
import no.kurer.platform.WorkClaim;

/**
 * The broker files the broker round takes ({@link Receiving}), in the database: claims on them among instances, their
 * attempts, and the incoming messages stored (or kept FAILED) from them. The local system reads those through
 * {@link Inbox}.
 */
@ApplicationScoped
@Transactional
public class IncomingTransfers {

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    @Inject
    DpoConfiguration config;

    @Inject
    IncomingDocuments documents;

    @Inject
    DpoConversations conversations;

    /** A file held or claimed, and the organisation whose inbox it came from. */
    public record Taken(String fileTransferId, String organisation) {}

    /**
     * Inserts the claim for {@code organisation}'s inbox; false when another instance (or an earlier round) has the
     * file already.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String fileTransferId, String organisation, Duration lease) {
        if (em.find(IncomingTransfer.class, fileTransferId) != null) {
            return false;
        }
        em.persist(new IncomingTransfer(
                fileTransferId, organisation, Instance.ID, DpoMessage.now().plus(lease)));
        em.flush();
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean takeOver(String fileTransferId, Duration lease) {
        return WorkClaim.take(em, IncomingTransfer.TAKE_OVER, fileTransferId, Instance.ID, lease);
    }

    public List<Taken> unconfirmed() {
        return em.createNamedQuery(IncomingTransfer.UNCONFIRMED, IncomingTransfer.class)
                .setMaxResults(1000)
                .getResultStream()
                .map(this::taken)
                .toList();
    }

    public List<Taken> abandoned() {
        return em.createNamedQuery(IncomingTransfer.ABANDONED, IncomingTransfer.class)
                .setParameter("now", DpoMessage.now())
                .setMaxResults(1000)
                .getResultStream()
                .map(this::taken)
                .toList();
    }

    private Taken taken(IncomingTransfer transfer) {
        return new Taken(
                transfer.fileTransferId(),
                transfer.organisation() == null ? config.organisation() : transfer.organisation());
    }

    /**
     * Persists the message, or notes that it is held already (the same sender's instanceIdentifier from an earlier
     * file). Another sender's message with the same id is no duplicate: both are kept, and the history says so. A
     * status, a kvittering or an expired letter is consumed by the conversations instead ({@link IncomingDocuments}).
     */
    public Outcome store(String fileTransferId, Sbd sbd, Path packageFile) {
        IncomingTransfer transfer = em.find(IncomingTransfer.class, fileTransferId);
        String consumed = documents.consume(sbd);
        if (consumed != null) {
            transfer.held(Outcome.CONSUMED, null, consumed);
            return Outcome.CONSUMED;
        }
        List<DpoMessage> sameId = em.createNamedQuery(DpoMessage.BY_MESSAGE_ID, DpoMessage.class)
                .setParameter("direction", Direction.IN)
                .setParameter("messageId", sbd.messageId())
                .getResultList();
        Optional<DpoMessage> held =
                sameId.stream().filter(m -> m.sender().equals(sbd.sender())).findFirst();
        if (held.isPresent()) {
            transfer.held(Outcome.DUPLICATE, held.get().id(), "Message " + sbd.messageId() + " is held already");
            return Outcome.DUPLICATE;
        }
        DpoMessage message = persist(sbd, DpoState.RECEIVED, fileTransferId, packageFile);
        String clash = sameId.isEmpty()
                ? ""
                : "; its message id is also used by "
                        + String.join(
                                ", ",
                                sameId.stream().map(m -> "0192:" + m.sender()).toList());
        em.persist(new DpoMessageStatus(
                message.id(),
                DpoState.RECEIVED,
                "Received through the broker, file transfer " + fileTransferId + clash));
        transfer.held(Outcome.STORED, message.id(), null);
        conversations.received(message);
        return Outcome.STORED;
    }

    /** Keeps an unreadable or refused file as a FAILED incoming message, for the admin; {@code file} may be null. */
    public void keepFailed(String fileTransferId, String sender, Path file, String reason) {
        IncomingTransfer transfer = em.find(IncomingTransfer.class, fileTransferId);
        String party = IncomingFileRules.orgno(sender);
        String orgno = party.matches("\\d{9}") ? party : "000000000";
        String receiver = transfer.organisation() == null ? config.organisation() : transfer.organisation();
        Sbd placeholder = new Sbd(fileTransferId, fileTransferId, orgno, receiver, null, "{}");
        DpoMessage message = persist(placeholder, DpoState.FAILED, fileTransferId, file);
        em.persist(message.moveTo(DpoState.FAILED, reason));
        transfer.held(Outcome.FAILED, message.id(), reason);
    }

    public void confirmed(String fileTransferId) {
        em.find(IncomingTransfer.class, fileTransferId).confirmed();
    }

    /** The broker (or the path to it) failed, not the file: tried again soon, the attempts unchanged. */
    public void retryLater(String fileTransferId, String reason) {
        em.find(IncomingTransfer.class, fileTransferId)
                .outage(reason, DpoMessage.now().plus(config.backoff().after(1)));
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
            transfer.failedAttempt(
                    reason, DpoMessage.now().plus(config.backoff().after(attempts)));
            return false;
        }
        transfer.failedAttempt(reason, null);
        keepFailed(fileTransferId, sender, file, "Gave up after " + attempts + " attempts: " + reason);
        return true;
    }

    /** A new incoming message from the file transfer, with its file (or none), and its id. */
    private DpoMessage persist(Sbd sbd, DpoState state, String fileTransferId, Path file) {
        DpoMessage message = new DpoMessage(Direction.IN, sbd, state);
        message.fileTransfer(fileTransferId);
        if (file != null) {
            message.packaged(file.toString(), sizeOf(file), null);
        }
        em.persist(message);
        em.flush();
        return message;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
