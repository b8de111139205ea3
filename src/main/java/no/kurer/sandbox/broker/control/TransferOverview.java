package no.kurer.sandbox.broker.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kurer.sandbox.broker.entity.SandboxRecipient;
import no.kurer.sandbox.broker.entity.SandboxTransfer;

/** A file transfer as Altinn's overview ({@code GET …/filetransfer/{id}}) shows it, with Altinn's status texts. */
final class TransferOverview {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TransferOverview() {}

    static Map<String, Object> of(SandboxTransfer t, List<SandboxRecipient> recipients) {
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
        o.put(
                "recipients",
                recipients.stream()
                        .map(r -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("recipient", "0192:" + r.recipient());
                            m.put("currentRecipientFileTransferStatusCode", r.status());
                            m.put("currentRecipientFileTransferStatusText", recipientStatusText(r.status()));
                            m.put(
                                    "currentRecipientFileTransferStatusChanged",
                                    r.statusChanged().toString());
                            return m;
                        })
                        .toList());
        o.put("propertyList", propertyList(t.propertyList()));
        o.put(
                "published",
                "Published".equals(t.status()) || "AllConfirmedDownloaded".equals(t.status())
                        ? t.statusChanged().toString()
                        : null);
        return o;
    }

    /** Altinn's texts ({@code FileTransferStatusOverviewExtMapper}). */
    static String statusText(String status) {
        return switch (status) {
            case "Initialized" -> "Ready for upload";
            case "UploadStarted" -> "Upload started";
            case "UploadProcessing" -> "Processing upload";
            case "Published" -> "Ready for download";
            case "Cancelled" -> "FileTransfer cancelled";
            case "AllConfirmedDownloaded" -> "All downloaded";
            case "Purged" -> "FileTransfer has been purged";
            case "Failed" -> "Upload failed";
            default -> status;
        };
    }

    static String recipientStatusText(String status) {
        return switch (status) {
            case "DownloadStarted" -> "Recipient has attempted to download fileTransfer";
            case "DownloadConfirmed" -> "Recipient has downloaded fileTransfer";
            default -> status;
        };
    }

    /** The stored property list as a JSON object (it is kept as JSON text). */
    static JsonNode propertyList(String stored) {
        try {
            JsonNode node = stored == null || stored.isBlank() ? null : JSON.readTree(stored);
            return node != null && node.isObject() ? node : JSON.createObjectNode();
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
