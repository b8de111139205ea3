package no.kurer.broker.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import no.kurer.broker.entity.Direction;
import no.kurer.broker.entity.DpoMessage;
import no.kurer.broker.entity.DpoState;
import no.kurer.conversation.control.DpoConversations;

/**
 * Incoming DPO messages as the local system sees them through the NextMove API ({@code /api/messages/in}): one by its
 * id and sender, and marking one read. The broker round stores them ({@link IncomingTransfers}).
 */
@ApplicationScoped
@Transactional
public class Inbox {

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    @Inject
    DpoConversations conversations;

    /**
     * The incoming message with this id from {@code sender} (nine digits, or null for whichever sender it is from),
     * among the messages sent to {@code receivers} (orgnos; null: to anyone): a message to another organisation does
     * not exist for the caller.
     *
     * @throws UnknownDpoMessage when there is none
     * @throws AmbiguousMessageId when no sender is named and several senders used the id
     */
    public DpoMessage find(String messageId, String sender, Set<String> receivers) {
        List<DpoMessage> found = em
                .createNamedQuery(DpoMessage.BY_MESSAGE_ID, DpoMessage.class)
                .setParameter("direction", Direction.IN)
                .setParameter("messageId", messageId)
                .getResultList()
                .stream()
                .filter(m ->
                        sender == null || m.sender().equals(sender.startsWith("0192:") ? sender.substring(5) : sender))
                .filter(m -> receivers == null || receivers.contains(m.receiver()))
                .toList();
        if (found.isEmpty()) {
            throw new UnknownDpoMessage(
                    "No incoming DPO message " + messageId + (sender == null ? "" : " from " + sender) + ".");
        }
        if (found.size() > 1) {
            throw new AmbiguousMessageId(
                    messageId, found.stream().map(DpoMessage::sender).toList());
        }
        return found.get(0);
    }

    public DpoMessage markRead(String messageId, String sender, Set<String> receivers) {
        DpoMessage message = find(messageId, sender, receivers);
        if (message.state() == DpoState.RECEIVED) {
            message.read();
            em.persist(message.moveTo(DpoState.READ, "Read by the local system"));
            conversations.delivered(message);
        }
        return message;
    }

    /**
     * The message's payload, {@code asic.zip}: the sender's signed ASiC-E, decrypted, its signature checked.
     *
     * @throws UnknownDpoMessage when there is no such message, or it has no payload
     */
    public Path asic(String messageId, String sender, Set<String> receivers) {
        DpoMessage message = find(messageId, sender, receivers);
        Path asic = message.packageFile() == null ? null : Path.of(message.packageFile());
        if (asic == null
                || !Files.isRegularFile(asic)
                || !asic.getFileName().toString().equals("asic.zip")) {
            throw new UnknownDpoMessage("Message " + messageId + " has no payload (state " + message.state() + ").");
        }
        return asic;
    }
}
