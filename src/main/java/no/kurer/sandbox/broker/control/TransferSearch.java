package no.kurer.sandbox.broker.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code GET /filetransfer} search, its query parameters checked as Altinn's API binds them (a value outside an
 * enum, a time or boolean that does not parse: 400) and turned into JPQL with Altinn's semantics
 * ({@code GetFileTransfersHandler}, {@code FileTransferRepository}):
 * <ul>
 * <li>with {@code recipientStatus}: the transfers where the caller is a recipient in that status ({@code role} is
 * then ignored); otherwise by {@code role}: {@code Sender}, {@code Recipient}, or both when absent;</li>
 * <li>{@code status}: the transfer's current status; {@code from}/{@code to} then bound when it changed to that
 * status, else when it was created; both given: inclusive, one alone: exclusive;</li>
 * <li>newest first unless {@code orderAscending=true}; at most {@link #MAX_RESULTS}.</li>
 * </ul>
 */
public final class TransferSearch {

    public static final int MAX_RESULTS = 100;
    static final List<String> STATUSES = List.of(
            "Initialized",
            "UploadStarted",
            "UploadProcessing",
            "Published",
            "Cancelled",
            "AllConfirmedDownloaded",
            "Purged",
            "Failed");
    static final List<String> RECIPIENT_STATUSES = List.of("Initialized", "DownloadStarted", "DownloadConfirmed");
    static final List<String> ROLES = List.of("Recipient", "Sender");

    private final String resourceId;
    private final String status;
    private final String recipientStatus;
    private final OffsetDateTime from;
    private final OffsetDateTime to;
    private final boolean ascending;
    private final String role;

    public TransferSearch(
            String resourceId,
            String status,
            String recipientStatus,
            String from,
            String to,
            String orderAscending,
            String role) {
        if (resourceId == null || resourceId.isBlank()) {
            throw BrokerRefusal.badRequest("resourceId is required");
        }
        this.resourceId = resourceId;
        this.status = member("status", status, STATUSES);
        this.recipientStatus = member("recipientStatus", recipientStatus, RECIPIENT_STATUSES);
        this.from = time("from", from);
        this.to = time("to", to);
        this.ascending = bool("orderAscending", orderAscending);
        this.role = member("role", role, ROLES);
    }

    public String resourceId() {
        return resourceId;
    }

    public String jpql() {
        StringBuilder q =
                new StringBuilder("SELECT t.fileTransferId FROM SandboxTransfer t WHERE t.resourceId = :resourceId");
        String asRecipient = "EXISTS (SELECT r FROM SandboxRecipient r WHERE r.fileTransferId = t.fileTransferId"
                + " AND r.recipient = :org" + (recipientStatus == null ? "" : " AND r.status = :recipientStatus") + ")";
        if (recipientStatus != null || "Recipient".equals(role)) {
            q.append(" AND ").append(asRecipient);
        } else if ("Sender".equals(role)) {
            q.append(" AND t.sender = :org");
        } else {
            q.append(" AND (t.sender = :org OR ").append(asRecipient).append(")");
        }
        if (status != null) {
            q.append(" AND t.status = :status");
        }
        String time = status == null ? "t.created" : "t.statusChanged";
        if (from != null && to != null) {
            q.append(" AND ").append(time).append(" BETWEEN :from AND :to");
        } else if (from != null) {
            q.append(" AND ").append(time).append(" > :from");
        } else if (to != null) {
            q.append(" AND ").append(time).append(" < :to");
        }
        String direction = ascending ? " ASC" : " DESC";
        q.append(" ORDER BY ")
                .append(time)
                .append(direction)
                .append(", t.fileTransferId")
                .append(direction);
        return q.toString();
    }

    /** The JPQL's parameters for a caller of organisation {@code org}. */
    public Map<String, Object> parameters(String org) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("resourceId", resourceId);
        p.put("org", org);
        if (recipientStatus != null) {
            p.put("recipientStatus", recipientStatus);
        }
        if (status != null) {
            p.put("status", status);
        }
        if (from != null) {
            p.put("from", from);
        }
        if (to != null) {
            p.put("to", to);
        }
        return p;
    }

    /** Altinn binds enums by name, ignoring case, or by number. */
    static String member(String name, String value, List<String> members) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.matches("\\d{1,2}") && Integer.parseInt(v) < members.size()) {
            return members.get(Integer.parseInt(v));
        }
        return members.stream()
                .filter(m -> m.equalsIgnoreCase(v))
                .findFirst()
                .orElseThrow(() -> BrokerRefusal.badRequest("The value '" + value + "' is not valid for " + name
                        + " (one of " + String.join(", ", members) + ")"));
    }

    /** A {@code DateTimeOffset}: with an offset, or without one (then UTC), or a date (midnight UTC). */
    static OffsetDateTime time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return OffsetDateTime.parse(v).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(v).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(v).atStartOfDay().atOffset(ZoneOffset.UTC);
                } catch (DateTimeParseException notDate) {
                    throw BrokerRefusal.badRequest("The value '" + value + "' is not valid for " + name);
                }
            }
        }
    }

    static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        if (value.trim().equalsIgnoreCase("true")) {
            return true;
        }
        if (value.trim().equalsIgnoreCase("false")) {
            return false;
        }
        throw BrokerRefusal.badRequest("The value '" + value + "' is not valid for " + name);
    }
}
