package no.kurer.conversation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.kurer.broker.control.Broker;
import no.kurer.broker.control.BrokerConnection;
import no.kurer.broker.control.BrokerRefused;
import no.kurer.broker.control.DpoConfiguration;
import no.kurer.broker.control.DpoPackage;
import no.kurer.conversation.entity.Conversation;
import no.kurer.conversation.entity.StatusMessage;
import no.kurer.platform.Instance;
import no.kurer.problems.Problem;

/**
 * Sends the queued status messages through the broker, one claimed at a time, in the broker round: {@code sbd.zip}
 * with {@code sbd.json} only ({@link StatusDocument}), initialized and uploaded like a letter. An outage waits with the
 * broker's backoff, uncounted; any other failure counts, and after {@code broker.send.max-attempts} the status message
 * is FAILED (logged). Once uploaded it is SENT: Kurer does not follow its transfer.
 */
@ApplicationScoped
public class StatusMessageSending {

    private static final Logger LOG = Logger.getLogger(StatusMessageSending.class.getName());

    @Inject
    StatusMessages queue;

    @Inject
    DpoConfiguration config;

    @Inject
    BrokerConnection connection;

    /** One round over the due status messages; it ends at the first outage, which the rest would meet too. */
    public void work() {
        for (long id : queue.due(Conversation.now())) {
            if (queue.claim(id, Instance.ID, config.lease()) && !send(queue.load(id))) {
                return;
            }
        }
    }

    /** @return false after an outage (the broker away or rate-limited, a token service failing) */
    boolean send(StatusMessage message) {
        Path file = null;
        try {
            file = Files.createTempFile("kurer-status-", ".zip");
            DpoPackage.Written written = DpoPackage.write(StatusDocument.json(message), null, file);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("fileName", DpoPackage.FILE_NAME);
            body.put("resourceId", config.resourceId());
            body.put("sendersFileTransferReference", message.messageId());
            body.put("sender", "0192:" + message.sender());
            body.put("recipients", List.of("0192:" + message.receiver()));
            body.put("propertyList", Map.of());
            body.put("checksum", written.md5());
            Broker broker = connection.broker(message.sender());
            String fileTransferId = broker.initialize(body);
            broker.upload(fileTransferId, file);
            queue.sent(message.id(), fileTransferId);
            return true;
        } catch (BrokerRefused refused) {
            LOG.warning(() -> "the broker refused status message " + describe(message) + ": " + refused.detail());
            queue.failed(message.id(), refused.detail(), null);
            return true;
        } catch (Problem failure) {
            if (failure.status() >= 500) {
                queue.release(
                        message.id(), Conversation.now().plus(config.backoff().after(Math.max(1, attempts(message)))));
                return false;
            }
            retry(message, failure.getMessage());
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "sending status message " + describe(message) + " failed", e);
            retry(message, "Kurer could not send it: " + e.getMessage());
            return true;
        } finally {
            deleteQuietly(file);
        }
    }

    private void retry(StatusMessage message, String reason) {
        int failures = attempts(message) + 1;
        if (failures >= config.sendMaxAttempts()) {
            LOG.warning(() -> "gave up status message " + describe(message) + " after " + failures + " attempts");
            queue.failed(message.id(), "Gave up after " + failures + " attempts: " + reason, null);
        } else {
            queue.failed(
                    message.id(),
                    reason,
                    Conversation.now().plus(config.backoff().after(failures)));
        }
    }

    private static int attempts(StatusMessage message) {
        return message.work().attempts();
    }

    private static String describe(StatusMessage message) {
        return message.status() + " for message " + message.messageId() + " to 0192:" + message.receiver();
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary file; the system cleans it
        }
    }
}
