package no.kurer.broker.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.kurer.broker.entity.Direction;
import no.kurer.broker.entity.DpoMessage;
import no.kurer.broker.entity.DpoMessageStatus;
import no.kurer.broker.entity.DpoState;
import no.kurer.broker.entity.Sbd;
import no.kurer.conversation.control.DpoConversations;
import no.kurer.platform.WorkClaim;

/** Outgoing DPO messages in the database: what the local system asks for, and each step the sender records. */
@ApplicationScoped
@Transactional
public class Outbox {

    static final String ARKIVMELDING = "arkivmelding";
    static final String ARKIVMELDING_XML = "arkivmelding.xml";

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    @Inject
    DpoConfiguration config;

    @Inject
    StandardBusinessDocuments documents;

    @Inject
    DpoReceivers receivers;

    @Inject
    DpoFiles files;

    @Inject
    DpoConversations conversations;

    /**
     * A new outgoing message, open for files; @throws InvalidSbd, NotOurOrganisation, MessageIdUsed, and what
     * {@link DpoReceivers#admit} refuses (a receiver the service registry does not route over DPO, the registry down
     * or untrusted, no certificate for the receiver)
     */
    public DpoMessage create(String sbdJson, Set<String> senders) {
        Sbd sbd = documents.outgoing(sbdJson, defaultSender(senders), senders);
        receivers.admit(sbd);
        if (held(sbd.sender(), sbd.messageId()).isPresent()) {
            throw new MessageIdUsed(sbd.messageId());
        }
        DpoMessage message = new DpoMessage(Direction.OUT, sbd, DpoState.CREATED);
        em.persist(message);
        em.flush();
        em.persist(new DpoMessageStatus(message.id(), DpoState.CREATED, "Created by the local system"));
        conversations.created(message);
        return message;
    }

    /**
     * Streams a file into the open message {@code held}, {@code declaredLength} the body's {@code Content-Length} (-1
     * when unknown); @throws MessageNotOpen, InvalidFileName, MessageTooLarge when the message's files would pass {@code dpo.max-message-bytes}
     * (refused before reading when the length says so, else while streaming; nothing of the file is kept)
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long addFile(DpoMessage held, String fileName, long declaredLength, InputStream body) {
        DpoMessage message = load(held.id());
        String messageId = message.messageId();
        requireOpen(message);
        long limit = config.maxMessageBytes();
        return files.receive(
                message.id(),
                fileName,
                body,
                limit,
                declaredLength,
                others -> MessageTooLarge.upload(messageId, limit, others));
    }

    /** Hands the message to the sender; @throws NoFiles, MissingArkivmelding, MessageNotOpen, MessageTooLarge */
    public DpoMessage send(DpoMessage held) {
        DpoMessage message = load(held.id());
        String messageId = message.messageId();
        requireOpen(message);
        List<Path> content = files.outgoingFiles(message.id());
        if (content.isEmpty()) {
            throw new NoFiles("Add at least one file (PUT /api/messages/out/" + messageId + ") before sending.");
        }
        if (ARKIVMELDING.equals(message.documentType())
                && content.stream().noneMatch(f -> f.getFileName().toString().equals(ARKIVMELDING_XML))) {
            throw new MissingArkivmelding(messageId);
        }
        conversations.requireAlive(message);
        long limit = config.maxMessageBytes();
        long size = files.outgoingSize(message.id());
        if (size > limit) { // uploads to one message at the same time each kept within it
            throw MessageTooLarge.send(messageId, limit, size);
        }
        em.persist(message.moveTo(DpoState.QUEUED, "Queued for the Altinn Broker"));
        return message;
    }

    /**
     * The outgoing message {@code messageId} of one of {@code senders}: another organisation's does not exist for the
     * caller.
     *
     * @throws UnknownDpoMessage, AmbiguousMessageId (two of the senders used the id)
     */
    public DpoMessage find(String messageId, Set<String> senders) {
        List<DpoMessage> found = em.createNamedQuery(DpoMessage.BY_MESSAGE_ID, DpoMessage.class)
                .setParameter("direction", Direction.OUT)
                .setParameter("messageId", messageId)
                .getResultStream()
                .filter(m -> senders.contains(m.sender()))
                .toList();
        if (found.size() > 1) {
            throw new AmbiguousMessageId(
                    messageId, found.stream().map(DpoMessage::sender).toList());
        }
        return found.stream()
                .findFirst()
                .orElseThrow(() -> new UnknownDpoMessage("No outgoing DPO message " + messageId + "."));
    }

    /** Who a document that names no sender is from: systemuser.org when the caller acts for it, else its only one. */
    private String defaultSender(Set<String> senders) {
        String configured = config.organisationIfSet();
        if (configured != null && senders.contains(configured)) {
            return configured;
        }
        return senders.size() == 1 ? senders.iterator().next() : null;
    }

    /** Outgoing messages are keyed by (sender, message id) as incoming ones are (issue 13.2). */
    private Optional<DpoMessage> held(String sender, String messageId) {
        return em.createNamedQuery(DpoMessage.BY_SENDER_AND_MESSAGE_ID, DpoMessage.class)
                .setParameter("direction", Direction.OUT)
                .setParameter("sender", sender)
                .setParameter("messageId", messageId)
                .getResultStream()
                .findFirst();
    }

    // --- for the sender ----------------------------------------------------------------------------------

    public List<Long> due(OffsetDateTime now) {
        return em.createNamedQuery(DpoMessage.DUE, Long.class)
                .setParameter(
                        "states", List.of(DpoState.QUEUED, DpoState.INITIALIZED, DpoState.UPLOADED, DpoState.PUBLISHED))
                .setParameter("now", now)
                .setMaxResults(100)
                .getResultList();
    }

    /** Takes the message for {@code lease}, unless another instance holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(long id, String instance, Duration lease) {
        return WorkClaim.take(em, DpoMessage.CLAIM, id, instance, lease);
    }

    public DpoMessage load(long id) {
        return em.find(DpoMessage.class, id);
    }

    public void packaged(long id, DpoPackage.Written written) {
        em.find(DpoMessage.class, id).packaged(written.file().toString(), written.size(), written.md5());
    }

    public void initialized(long id, String fileTransferId) {
        DpoMessage message = em.find(DpoMessage.class, id);
        message.fileTransfer(fileTransferId);
        em.persist(message.moveTo(DpoState.INITIALIZED, "fileTransferId " + fileTransferId));
    }

    public void moveTo(long id, DpoState state, String description) {
        DpoMessage message = em.find(DpoMessage.class, id);
        em.persist(message.moveTo(state, description));
        conversations.moved(message, state, description);
    }

    public void retry(long id, OffsetDateTime when, String reason) {
        em.find(DpoMessage.class, id).retryAt(when, reason);
    }

    public void release(long id, OffsetDateTime nextAttempt) {
        em.find(DpoMessage.class, id).release(nextAttempt);
    }

    private static void requireOpen(DpoMessage message) {
        if (message.state() != DpoState.CREATED) {
            throw new MessageNotOpen("Message " + message.messageId() + " is " + message.state() + ".");
        }
    }
}
