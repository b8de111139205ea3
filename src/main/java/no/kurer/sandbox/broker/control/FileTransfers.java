package no.kurer.sandbox.broker.control;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.kurer.sandbox.broker.entity.SandboxRecipient;
import no.kurer.sandbox.broker.entity.SandboxTransfer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox broker's file transfers, kept in the database ({@code sandbox_broker_*}) with the files under
 * {@code ${sandbox.dir}/broker}. Rules as PROTOCOLS.md describes Altinn's: only the sender initializes and uploads,
 * only recipients download and confirm, a download moves the caller to DownloadStarted and confirm is refused before
 * it, a search ({@link TransferSearch}) answers at most 100 ids, newest first. A transfer past its expiration time
 * (or confirmed by all longer than the resource's grace period ago) is purged when it is next touched: Purged, its
 * file deleted, no longer downloadable (403).
 */
@ApplicationScoped
@Transactional(dontRollbackOn = BrokerRefusal.class)
public class FileTransfers {

    public static final int MAX_RESULTS = TransferSearch.MAX_RESULTS;
    static final String FILE_SIZE_TOO_BIG = "File size exceeds maximum";

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    @Inject
    TransferFiles files;

    @Inject
    @ConfigProperty(name = "sandbox.broker.file-transfer-time-to-live", defaultValue = "P30D")
    String timeToLive;

    @Inject
    @ConfigProperty(name = "sandbox.broker.max-file-transfer-size")
    Optional<Long> maxFileTransferSize;

    private BrokerResources resources;

    /** The resources' settings, starting from the {@code sandbox.broker.*} defaults. */
    public synchronized BrokerResources resources() {
        if (resources == null) {
            resources = new BrokerResources(
                    ResourceSettings.defaults(maxFileTransferSize.orElse(null), ResourceSettings.DEFAULT_TIME_TO_LIVE)
                            .with(Map.of("fileTransferTimeToLive", timeToLive)));
        }
        return resources;
    }

    public String initialize(Caller caller, JsonNode body) {
        caller.require(Caller.WRITE);
        InitializeRequest request = InitializeRequest.read(body);
        if (!request.sender().equals(caller.orgno())) {
            throw BrokerRefusal.forbidden(
                    "The token's organisation " + caller.orgno() + " is not the sender " + request.sender());
        }
        String id = UUID.randomUUID().toString();
        em.persist(new SandboxTransfer(
                id,
                request.resourceId(),
                request.fileName(),
                request.reference(),
                request.sender(),
                request.checksum(),
                request.propertyList(),
                now(),
                resources().of(request.resourceId()).fileTransferTimeToLive()));
        em.flush();
        request.recipients().forEach(r -> em.persist(new SandboxRecipient(id, r)));
        return id;
    }

    /**
     * An upload, in three transactions around the streaming (so no transaction stays open while bytes arrive):
     * {@code startUpload} (sender only; 409 once uploaded; 400 when the announced {@code Content-Length} is over the
     * resource's maximum), the body streamed with MD5 ({@link Uploads}), then {@code finishUpload}: Published when
     * size and checksum pass, Failed when not; {@code failUpload} when the body broke off.
     */
    public SandboxTransfer startUpload(Caller caller, String id, Long contentLength) {
        caller.require(Caller.WRITE);
        SandboxTransfer transfer = find(id);
        if (!transfer.sender().equals(caller.orgno())) {
            throw BrokerRefusal.forbidden("Only the sender uploads");
        }
        if (!"Initialized".equals(transfer.status())) {
            throw new BrokerRefusal(
                    409,
                    "Conflict",
                    "A file transfer has already been, or attempted to be, created."
                            + " Create a new file transfer resource to try again. (" + transfer.status() + ")");
        }
        if (contentLength != null && resources().of(transfer.resourceId()).tooLarge(contentLength)) {
            throw BrokerRefusal.badRequest(FILE_SIZE_TOO_BIG);
        }
        transfer.status("UploadStarted");
        return transfer;
    }

    public void finishUpload(String id, long size, String md5) {
        SandboxTransfer transfer = find(id);
        if (resources().of(transfer.resourceId()).tooLarge(size)) {
            fail(transfer);
            throw BrokerRefusal.badRequest(FILE_SIZE_TOO_BIG);
        }
        if (transfer.checksum() != null && !transfer.checksum().equalsIgnoreCase(md5)) {
            fail(transfer);
            throw BrokerRefusal.badRequest("The checksum of uploaded file did not match the checksum specified in"
                    + " initialize call. (" + transfer.checksum() + " against the upload's MD5 " + md5 + ")");
        }
        transfer.uploaded(size, md5);
        transfer.status("Published");
    }

    /** The body broke off: Failed, as Altinn marks an aborted upload (a new file transfer is needed). */
    public void failUpload(String id) {
        fail(find(id));
    }

    private void fail(SandboxTransfer transfer) {
        transfer.status("Failed");
        files.delete(transfer.fileTransferId());
    }

    public List<String> search(Caller caller, TransferSearch search) {
        caller.require(Caller.READ);
        purgeDue();
        TypedQuery<String> query = em.createQuery(search.jpql(), String.class);
        search.parameters(caller.orgno()).forEach(query::setParameter);
        return query.setMaxResults(TransferSearch.MAX_RESULTS).getResultList();
    }

    /** Purges every transfer that is due (expired, or confirmed by all longer than the grace period ago). */
    public int purgeDue() {
        OffsetDateTime now = now();
        List<SandboxTransfer> candidates = em.createNamedQuery(SandboxTransfer.PURGE_CANDIDATES, SandboxTransfer.class)
                .setParameter("now", now)
                .setParameter("confirmedBefore", now.minus(resources().shortestGracePeriod()))
                .getResultList();
        int purged = 0;
        for (SandboxTransfer t : candidates) {
            if (purgeIfDue(t, now)) {
                purged++;
            }
        }
        return purged;
    }

    private boolean purgeIfDue(SandboxTransfer t, OffsetDateTime now) {
        if (resources().of(t.resourceId()).purgeDue(t.status(), t.statusChanged(), t.expirationTime(), now)) {
            t.status("Purged");
            files.delete(t.fileTransferId());
            return true;
        }
        return false;
    }

    public Map<String, Object> overview(Caller caller, String id) {
        caller.require(Caller.READ);
        SandboxTransfer t = find(id);
        List<SandboxRecipient> recipients = recipients(id);
        if (!t.sender().equals(caller.orgno())
                && recipients.stream().noneMatch(r -> r.recipient().equals(caller.orgno()))) {
            throw BrokerRefusal.forbidden("Neither sender nor recipient of " + id);
        }
        return TransferOverview.of(t, recipients);
    }

    /** Checks the caller may download now and moves it to DownloadStarted; the file to stream. */
    public Path startDownload(Caller caller, String id) {
        caller.require(Caller.READ);
        SandboxTransfer t = find(id);
        SandboxRecipient r = recipient(id, caller.orgno());
        if (!"Published".equals(t.status()) && !"AllConfirmedDownloaded".equals(t.status())) {
            throw BrokerRefusal.forbidden("The requested file transfer's file is not ready for download. See file"
                    + " transfer status. (" + t.status() + ")");
        }
        if ("Initialized".equals(r.status())) {
            r.status("DownloadStarted");
        }
        return files.file(id);
    }

    /**
     * Confirms the caller's download: only while the transfer is Published (400 otherwise, as Altinn's
     * {@code ConfirmDownloadHandler}), a second confirmation is a no-op, and one before any download is a 400.
     */
    public void confirm(Caller caller, String id) {
        caller.require(Caller.READ);
        SandboxRecipient r = recipient(id, caller.orgno());
        if (!"Published".equals(find(id).status())) {
            throw BrokerRefusal.badRequest("A file transfer can only be confirmed to be downloaded when it is"
                    + " published. See file transfer status. (" + find(id).status() + ")");
        }
        if ("DownloadConfirmed".equals(r.status())) {
            return;
        }
        if ("Initialized".equals(r.status())) {
            throw BrokerRefusal.badRequest("Cannot confirm before the files have been downloaded");
        }
        r.status("DownloadConfirmed");
        em.flush();
        if (recipients(id).stream().allMatch(x -> "DownloadConfirmed".equals(x.status()))) {
            find(id).status("AllConfirmedDownloaded");
        }
    }

    private SandboxRecipient recipient(String id, String orgno) {
        find(id);
        SandboxRecipient r = em.find(SandboxRecipient.class, new SandboxRecipient.Key(id, orgno));
        if (r == null) {
            throw BrokerRefusal.forbidden(orgno + " is not a recipient of " + id);
        }
        return r;
    }

    private List<SandboxRecipient> recipients(String id) {
        return em.createNamedQuery(SandboxRecipient.OF_TRANSFER, SandboxRecipient.class)
                .setParameter("id", id)
                .getResultList();
    }

    /** The transfer, purged first when it is due (expiry checked on every access). */
    private SandboxTransfer find(String id) {
        SandboxTransfer transfer =
                id == null || !id.matches("[0-9a-fA-F-]{36}") ? null : em.find(SandboxTransfer.class, id.toLowerCase());
        if (transfer == null) {
            throw BrokerRefusal.notFound(id);
        }
        purgeIfDue(transfer, now());
        return transfer;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
