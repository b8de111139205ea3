package no.kurer.broker.control;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.kurer.broker.entity.DpoMessage;
import no.kurer.broker.entity.DpoState;
import no.kurer.organisation.control.Organisations;
import no.kurer.platform.Backoff;
import no.kurer.platform.Instance;
import no.kurer.problems.Problem;

/**
 * Moves outgoing messages through the broker, one claimed message at a time: package ({@link DpoPackage}: the files
 * as an ASiC-E signed by Kurer and encrypted to the receiver's certificate, {@link DpoPayload}; MD5 on the way to
 * the file store), initialize, upload streamed from the file store, then follow the transfer until it is
 * Published and every recipient has DownloadConfirmed (→ DELIVERED). An outage (the broker, Maskinporten or Altinn
 * unavailable, a 429) waits with {@link Backoff} and is never counted; an unexpected error or a
 * transfer the broker gave up counts, and after {@code broker.send.max-attempts} the message is FAILED; a refusal
 * fails it at once with Altinn's reason. The receiver's certificate ({@link DpoReceivers}, the service registry through
 * its cache) that cannot be had is a counted failure too, never an endless wait.
 */
@ApplicationScoped
public class Sending {

    private static final Logger LOG = Logger.getLogger(Sending.class.getName());

    @Inject
    Outbox outbox;

    @Inject
    DpoConfiguration config;

    @Inject
    BrokerConnection connection;

    @Inject
    DpoFiles files;

    @Inject
    DpoPayload payload;

    @Inject
    DpoReceivers receivers;

    @Inject
    Organisations organisations;

    /** One round over the messages that are due. */
    public void work() {
        for (long id : outbox.due(DpoMessage.now())) {
            if (outbox.claim(id, Instance.ID, config.lease())) {
                step(id);
            }
        }
    }

    void step(long id) {
        DpoMessage message = outbox.load(id);
        if (!organisations.actsFor(message.sender())) {
            outbox.moveTo(
                    id,
                    DpoState.FAILED,
                    "Kurer no longer acts for 0192:" + message.sender() + ": an administrator removed it");
            outbox.release(id, null);
            return;
        }
        Broker broker = connection.broker(message.sender());
        try {
            if (message.state() == DpoState.QUEUED) {
                initialize(message, broker);
                message = outbox.load(id);
            }
            if (message.state() == DpoState.INITIALIZED) {
                broker.upload(message.fileTransferId(), Path.of(message.packageFile()));
                outbox.moveTo(
                        id,
                        DpoState.UPLOADED,
                        "Uploaded " + message.packageSize() + " bytes, MD5 " + message.checksum());
                message = outbox.load(id);
            }
            follow(message, broker);
        } catch (ReceiverLookupFailed failed) {
            LOG.info(() -> "sending DPO message " + id + " is retried: " + failed.getMessage());
            retry(message, failed.getMessage());
        } catch (BrokerRefused refused) {
            outbox.moveTo(id, DpoState.FAILED, refused.detail());
            outbox.release(id, null);
        } catch (Problem failure) {
            if (failure.status() >= 500) {
                // an outage (broker, token services, a key not set): waited out at the current backoff, never counted
                LOG.info(() -> "sending DPO message " + id + " waits: " + failure.getMessage());
                outbox.release(
                        id,
                        DpoMessage.now()
                                .plus(config.backoff()
                                        .after(Math.max(1, message.work().attempts()))));
            } else {
                retry(message, failure.getMessage());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sending DPO message " + message.messageId() + " failed", e);
            retry(message, "Kurer could not send it: " + e.getMessage());
        }
    }

    private void initialize(DpoMessage message, Broker broker) {
        if (message.packageFile() == null) {
            List<Path> content = files.outgoingFiles(message.id());
            X509Certificate receiver = receivers.forSending(message);
            String sender = message.sender();
            String to = message.receiver();
            String main = DpoPayload.mainDocument(message.sbd(), content);
            outbox.packaged(
                    message.id(),
                    DpoPackage.write(
                            message.sbd(),
                            out -> payload.as(sender).seal(out, sender, to, content, main, receiver),
                            files.outgoingPackage(message.id())));
            message = outbox.load(message.id());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fileName", DpoPackage.FILE_NAME);
        body.put("resourceId", config.resourceId());
        body.put("sendersFileTransferReference", message.messageId());
        body.put("sender", "0192:" + message.sender());
        body.put("recipients", List.of("0192:" + message.receiver()));
        body.put("propertyList", Map.of());
        body.put("checksum", message.checksum());
        outbox.initialized(message.id(), broker.initialize(body));
    }

    private void follow(DpoMessage message, Broker broker) {
        JsonNode overview = broker.overview(message.fileTransferId());
        String status = overview.path("fileTransferStatus").asText();
        String told = "The broker says " + status + ": "
                + overview.path("fileTransferStatusText").asText("");
        switch (next(status, overview)) {
            case DELIVERED -> {
                outbox.moveTo(message.id(), DpoState.DELIVERED, "Every recipient confirmed the download");
                outbox.release(message.id(), null);
                DpoFiles.discard(files.of(message)); // no recipient needs them any more
            }
            case START_OVER -> startOver(message, told);
            case FAILED -> {
                outbox.moveTo(message.id(), DpoState.FAILED, told);
                outbox.release(message.id(), null);
            }
            case PUBLISHED -> {
                if (message.state() != DpoState.PUBLISHED) {
                    outbox.moveTo(message.id(), DpoState.PUBLISHED, "Published by the broker");
                }
                outbox.release(message.id(), OffsetDateTime.now().plusSeconds(1));
            }
            case WAIT -> outbox.release(message.id(), OffsetDateTime.now().plusSeconds(1));
        }
    }

    /** What a file transfer's overview means for the message. */
    enum Next {
        WAIT,
        PUBLISHED,
        DELIVERED,
        START_OVER,
        FAILED
    }

    /**
     * Every recipient confirmed → delivered, even once the broker has purged the transfer after its grace period. A
     * transfer the broker failed (an upload that broke off, a checksum the broker did not get) was never published, so
     * no recipient can have it: the message starts over with a new file transfer. Cancelled, or purged before every
     * recipient confirmed (expired) → failed.
     */
    static Next next(String status, JsonNode overview) {
        if ("AllConfirmedDownloaded".equals(status) || allConfirmed(overview)) {
            return Next.DELIVERED;
        }
        return switch (status) {
            case "Failed" -> Next.START_OVER;
            case "Cancelled", "Purged" -> Next.FAILED;
            case "Published" -> Next.PUBLISHED;
            default -> Next.WAIT;
        };
    }

    /** Back to QUEUED, so the next step initializes a new file transfer and uploads the same package again. */
    private void startOver(DpoMessage message, String why) {
        int failures = message.work().attempts() + 1;
        if (failures >= config.sendMaxAttempts()) {
            outbox.moveTo(message.id(), DpoState.FAILED, "Gave up after " + failures + " attempts: " + why);
            outbox.release(message.id(), null);
            return;
        }
        outbox.moveTo(message.id(), DpoState.QUEUED, why + "; starting a new file transfer");
        outbox.retry(message.id(), DpoMessage.now().plus(config.backoff().after(failures)), why);
    }

    static boolean allConfirmed(JsonNode overview) {
        JsonNode recipients = overview.path("recipients");
        if (!recipients.isArray() || recipients.isEmpty()) {
            return false;
        }
        for (JsonNode recipient : recipients) {
            if (!"DownloadConfirmed"
                    .equals(recipient
                            .path("currentRecipientFileTransferStatusCode")
                            .asText())) {
                return false;
            }
        }
        return true;
    }

    private void retry(DpoMessage message, String reason) {
        int failures = message.work().attempts() + 1;
        if (failures >= config.sendMaxAttempts()) {
            outbox.moveTo(message.id(), DpoState.FAILED, "Gave up after " + failures + " attempts: " + reason);
            outbox.release(message.id(), null);
        } else {
            outbox.retry(message.id(), DpoMessage.now().plus(config.backoff().after(failures)), reason);
        }
    }
}
