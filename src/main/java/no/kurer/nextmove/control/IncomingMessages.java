package no.kurer.nextmove.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.kurer.broker.control.DpoFiles;
import no.kurer.broker.control.Inbox;
import no.kurer.broker.control.UnknownDpoMessage;
import no.kurer.broker.entity.DpoMessage;
import no.kurer.broker.entity.DpoState;

/**
 * The incoming side of the NextMove API over {@link Inbox}: peek locks the oldest waiting match for
 * {@code nextmove.lock-minutes}; pop hands out its decrypted ASiC-E while the lock lasts; delete, while it lasts,
 * marks it delivered ({@link Inbox#markRead}), after which it is no longer listed.
 */
@ApplicationScoped
public class IncomingMessages {

    /** Business messages that travel without an ASiC-E: pop answers 204 for them. */
    static final Set<String> RECEIPT_TYPES = Set.of("arkivmelding_kvittering", "status", "einnsyn_kvittering");

    @Inject
    Inbox inbox;

    @Inject
    MessageSearch search;

    @Inject
    Locks locks;

    @Inject
    NextMoveSettings settings;

    @Inject
    DpoFiles files;

    /** The oldest waiting match, now locked by this call; empty when none is free. */
    public Optional<DpoMessage> peek(MessageFilter filter) {
        for (int round = 0; round < 5; round++) {
            List<Long> candidates = search.unlocked(filter, DpoMessage.now(), 10);
            if (candidates.isEmpty()) {
                return Optional.empty();
            }
            for (long id : candidates) {
                Optional<DpoMessage> locked = locks.take(id, settings.lock());
                if (locked.isPresent()) {
                    return locked;
                }
            }
        }
        return Optional.empty();
    }

    /** The decrypted ASiC-E, or empty for a receipt without one; @throws MessageNotLocked, UnknownDpoMessage */
    public Optional<Path> pop(String messageId, String sender, Set<String> receivers) {
        DpoMessage message = locked(messageId, sender, receivers);
        if (message.documentType() != null && RECEIPT_TYPES.contains(message.documentType())) {
            return Optional.empty();
        }
        return Optional.of(inbox.asic(messageId, message.sender(), receivers));
    }

    /**
     * Marks the locked message delivered, then deletes its payload, as efm deletes the message: the local system has
     * it; @throws MessageNotLocked, UnknownDpoMessage (also once delivered)
     */
    public DpoMessage delete(String messageId, String sender, Set<String> receivers) {
        DpoMessage message = locked(messageId, sender, receivers);
        DpoMessage read = inbox.markRead(messageId, message.sender(), receivers);
        DpoFiles.discard(files.of(read));
        return read;
    }

    private DpoMessage locked(String messageId, String sender, Set<String> receivers) {
        DpoMessage message = inbox.find(messageId, MessageFilter.orgno(sender), receivers);
        if (message.state() != DpoState.RECEIVED) {
            throw new UnknownDpoMessage("Incoming message " + messageId + " is not waiting for the local system: it is "
                    + message.state() + (message.state() == DpoState.READ ? " (deleted already)." : "."));
        }
        if (!message.lockedAt(DpoMessage.now())) {
            throw new MessageNotLocked(messageId);
        }
        return message;
    }
}
