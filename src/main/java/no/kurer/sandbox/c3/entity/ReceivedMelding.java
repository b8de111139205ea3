package no.kurer.sandbox.c3.entity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One forwarded message as corner 3 saw it: how often it was POSTed and PUT (a count above one shows a
 * repeated forward), the bytes of the accepted package, when it was accepted, and the receipts sent back.
 *
 * @param accepted when the package was accepted, {@code null} while corner 3 waits for it
 */
public record ReceivedMelding(
        String meldingsid,
        String conversationId,
        String avsender,
        String avsenderidentifikator,
        String type,
        int posts,
        int puts,
        long bytes,
        Instant received,
        Instant accepted,
        List<Receipt> receipts) {

    public ReceivedMelding {
        receipts = List.copyOf(receipts);
    }

    /** As JSON: the fields by name, times as ISO-8601 strings ({@code accepted} null while waiting). */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("meldingsid", meldingsid);
        json.put("conversationId", conversationId);
        json.put("avsender", avsender);
        json.put("avsenderidentifikator", avsenderidentifikator);
        json.put("type", type);
        json.put("posts", posts);
        json.put("puts", puts);
        json.put("bytes", bytes);
        json.put("received", received.toString());
        json.put("accepted", accepted == null ? null : accepted.toString());
        json.put("receipts", receipts);
        return json;
    }

    /** A receipt delivered (or tried) to Kurer; {@code status} is Kurer's last answer, 0 when none came. */
    public record Receipt(String type, String meldingsid, int status, int attempts) {}
}
