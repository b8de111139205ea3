package no.kurer.sandbox.broker.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import no.kurer.sandbox.broker.entity.SandboxRecipient;
import no.kurer.sandbox.broker.entity.SandboxTransfer;

/**
 * The sandbox broker's file transfers, kept in the database ({@code sandbox_broker_*}) with the files under
 * {@code ${sandbox.dir}/broker}. Rules as PROTOCOLS.md describes Altinn's: only the sender initializes and uploads,
 * only recipients download and confirm, a download moves the caller to DownloadStarted and confirm is refused before
 * it, a search answers at most 100 ids, newest first.
 */
@ApplicationScoped
@Transactional
public class FileTransfers {

    public static final int MAX_RESULTS = 100;

    @PersistenceContext(unitName = "kurer")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "sandbox.dir", defaultValue = "./data/sandbox")
    String sandboxDir;

    public String initialize(Caller caller, JsonNode body) {
        caller.require(Caller.WRITE);
        String fileName = body.path("fileName").asText("");
        String resourceId = body.path("resourceId").asText("");
        String reference = body.path("sendersFileTransferReference").asText(null);
        if (fileName.isEmpty() || fileName.length() > 255 || resourceId.isEmpty()) {
            throw BrokerRefusal.badRequest("fileName (1–255 characters) and resourceId are required");
        }
        if (reference != null && reference.length() > 4096) {
            throw BrokerRefusal.badRequest("sendersFileTransferReference is longer than 4096 characters");
        }
        if (body.path("propertyList").size() > 10) {
            throw BrokerRefusal.badRequest("propertyList holds more than 10 properties");
        }
        String sender = orgno(body.path("sender").asText(""));
        if (!sender.equals(caller.orgno())) {
            throw BrokerRefusal.forbidden("The token's organisation " + caller.orgno() + " is not the sender " + sender);
        }
        List<String> recipients = new ArrayList<>();
        body.path("recipients").forEach(r -> recipients.add(orgno(r.asText())));
        if (recipients.isEmpty()) {
            throw BrokerRefusal.badRequest("recipients must name at least one organisation");
        }
        String id = UUID.randomUUID().toString();
        String checksum = body.path("checksum").asText(null);
        em.persist(new SandboxTransfer(id, resourceId, fileName, reference, sender,
                checksum == null || checksum.isBlank() ? null : checksum.toLowerCase(),
                body.path("propertyList").toString()));
        em.flush();
        recipients.stream().distinct().forEach(r -> em.persist(new SandboxRecipient(id, r)));
        return id;
    }

    /**
     * An upload, in three transactions around the streaming (so no transaction stays open while bytes arrive):
     * {@code startUpload} (sender only; 409 once uploaded), the body streamed with MD5 ({@link Uploads}), then
     * {@code finishUpload}: Published when the checksum agrees, Failed when not.
     */
    public SandboxTransfer startUpload(Caller caller, String id) {
        caller.require(Caller.WRITE);
        SandboxTransfer transfer = find(id);
        if (!transfer.sender().equals(caller.orgno())) {
            throw BrokerRefusal.forbidden("Only the sender uploads");
        }
        if (!"Initialized".equals(transfer.status())) {
            throw new BrokerRefusal(409, "Conflict", "The file transfer is already uploaded (" + transfer.status() + ")");
        }
        transfer.status("UploadStarted");
        return transfer;
    }

    @Transactional(dontRollbackOn = BrokerRefusal.class)
    public void finishUpload(String id, long size, String md5) {
        SandboxTransfer transfer = find(id);
        if (transfer.checksum() != null && !transfer.checksum().equalsIgnoreCase(md5)) {
            transfer.status("Failed");
            throw BrokerRefusal.badRequest("The checksum " + transfer.checksum() + " does not match the upload's MD5 "
                    + md5);
        }
        transfer.uploaded(size, md5);
        transfer.status("Published");
    }

    public void abortUpload(String id) {
        find(id).status("Initialized");
    }

    public List<String> search(Caller caller, String resourceId, String status, String recipientStatus,
            String role) {
        caller.require(Caller.READ);
        if (resourceId == null || resourceId.isBlank()) {
            throw BrokerRefusal.badRequest("resourceId is required");
        }
        boolean asSender = role != null && role.equalsIgnoreCase("sender");
        StringBuilder jpql = new StringBuilder(asSender
                ? "SELECT t.fileTransferId, t.created FROM SandboxTransfer t WHERE t.resourceId = :resourceId AND t.sender = :org"
                : "SELECT DISTINCT t.fileTransferId, t.created FROM SandboxTransfer t, SandboxRecipient r"
                        + " WHERE r.fileTransferId = t.fileTransferId AND t.resourceId = :resourceId AND r.recipient = :org");
        if (status != null) {
            jpql.append(" AND t.status = :status");
        }
        if (recipientStatus != null && !asSender) {
            jpql.append(" AND r.status = :recipientStatus");
        }
        jpql.append(" ORDER BY t.created DESC, t.fileTransferId");
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class)
                .setParameter("resourceId", resourceId).setParameter("org", caller.orgno());
        if (status != null) {
            query.setParameter("status", status);
        }
        if (recipientStatus != null && !asSender) {
            query.setParameter("recipientStatus", recipientStatus);
        }
        return query.setMaxResults(MAX_RESULTS).getResultList().stream().map(row -> (String) row[0]).toList();
    }

    public Map<String, Object> overview(Caller caller, String id) {
        caller.require(Caller.READ);
        SandboxTransfer t = find(id);
        List<SandboxRecipient> recipients = recipients(id);
        if (!t.sender().equals(caller.orgno()) && recipients.stream().noneMatch(r -> r.recipient().equals(caller.orgno()))) {
            throw BrokerRefusal.forbidden("Neither sender nor recipient of " + id);
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("fileTransferId", t.fileTransferId());
        o.put("resourceId", t.resourceId());
        o.put("fileName", t.fileName());
        o.put("sendersFileTransferReference", t.sendersReference());
        o.put("checksum", t.checksum());
        o.put("fileTransferSize", t.fileSize() == null ? 0 : t.fileSize());
        o.put("fileTransferStatus", t.status());
        o.put("fileTransferStatusText", statusText(t.status()));
        o.put("fileTransferStatusChanged", t.statusChanged().toString());
        o.put("created", t.created().toString());
        o.put("expirationTime", t.expirationTime().toString());
        o.put("sender", "0192:" + t.sender());
        o.put("recipients", recipients.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("recipient", "0192:" + r.recipient());
            m.put("currentRecipientFileTransferStatusCode", r.status());
            m.put("currentRecipientFileTransferStatusText", r.status());
            m.put("currentRecipientFileTransferStatusChanged", r.statusChanged().toString());
            return m;
        }).toList());
        o.put("propertyList", t.propertyList() == null ? Map.of() : t.propertyList());
        o.put("published", "Published".equals(t.status()) || "AllConfirmedDownloaded".equals(t.status())
                ? t.statusChanged().toString() : null);
        return o;
    }

    /** Checks the caller may download now and moves it to DownloadStarted; the file to stream. */
    public Path startDownload(Caller caller, String id) {
        caller.require(Caller.READ);
        SandboxTransfer t = find(id);
        SandboxRecipient r = recipient(id, caller.orgno());
        if (!"Published".equals(t.status()) && !"AllConfirmedDownloaded".equals(t.status())) {
            throw BrokerRefusal.forbidden("The file transfer is not ready for download (" + t.status() + ")");
        }
        if ("Initialized".equals(r.status())) {
            r.status("DownloadStarted");
        }
        return file(id);
    }

    public void confirm(Caller caller, String id) {
        caller.require(Caller.READ);
        SandboxRecipient r = recipient(id, caller.orgno());
        if ("Initialized".equals(r.status())) {
            throw BrokerRefusal.badRequest("The file has not been downloaded by " + caller.orgno());
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
        return em.createNamedQuery(SandboxRecipient.OF_TRANSFER, SandboxRecipient.class).setParameter("id", id)
                .getResultList();
    }

    private SandboxTransfer find(String id) {
        SandboxTransfer transfer = id == null || !id.matches("[0-9a-fA-F-]{36}") ? null
                : em.find(SandboxTransfer.class, id.toLowerCase());
        if (transfer == null) {
            throw BrokerRefusal.notFound(id);
        }
        return transfer;
    }

    public Path file(String id) {
        try {
            return Files.createDirectories(Path.of(sandboxDir, "broker")).resolve(id.toLowerCase());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String orgno(String party) {
        String value = party.startsWith("urn:altinn:organization:identifier-no:")
                ? party.substring("urn:altinn:organization:identifier-no:".length())
                : party.startsWith("0192:") ? party.substring(5) : party;
        if (!value.matches("\\d{9}")) {
            throw BrokerRefusal.badRequest("Not an organisation: " + party);
        }
        return value;
    }

    private static String statusText(String status) {
        return switch (status) {
            case "Initialized" -> "Initialized, waiting for the upload";
            case "Published" -> "Published, ready for download";
            case "AllConfirmedDownloaded" -> "All recipients confirmed the download";
            case "Failed" -> "The upload failed its checks";
            default -> status;
        };
    }
}
