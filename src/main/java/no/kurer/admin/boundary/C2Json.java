package no.kurer.admin.boundary;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import no.kurer.admin.control.Refusals;
import no.kurer.dpi.control.MeldingOverview;
import no.kurer.dpi.entity.Melding;

/** The C2 part of the admin API's JSON. */
final class C2Json {

    private C2Json() {}

    static Map<String, Object> waiting(Melding m) {
        Map<String, Object> json = letter(m);
        json.put("attempts", m.work().attempts());
        json.put("nextAttempt", text(m.work().nextAttemptAt()));
        json.put(
                "claimed",
                m.work().claimedUntil() != null && m.work().claimedUntil().isAfter(OffsetDateTime.now()));
        json.put("lastError", m.work().lastError());
        return json;
    }

    /** A letter with its state and the status Digdir's API reports for it (OPPRETTET, SENDT, FEILET). */
    static Map<String, Object> newest(Melding m) {
        Map<String, Object> json = letter(m);
        json.put("state", m.state().name());
        json.put(
                "status",
                switch (m.state()) {
                    case FORWARDED -> "SENDT";
                    case FAILED -> "FEILET";
                    default -> "OPPRETTET";
                });
        return json;
    }

    static Map<String, Object> failed(MeldingOverview.Failed failed) {
        Map<String, Object> json = letter(failed.melding());
        json.put("attempts", failed.melding().work().attempts());
        json.put("failed", text(failed.melding().updated()));
        json.put("reason", failed.melding().work().lastError());
        json.put("feilReceiptSent", text(failed.feilReceipt()));
        return json;
    }

    private static Map<String, Object> letter(Melding m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("meldingsid", m.meldingsid());
        json.put("conversationId", m.conversationId());
        json.put("sender", m.avsender());
        json.put("receiver", m.receiver());
        json.put("accepted", text(m.created()));
        return json;
    }

    static Map<String, Object> refusal(Refusals.Count count) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sender", count.sender());
        json.put("status", count.status());
        json.put("type", count.type().startsWith("urn:") ? count.type() : "urn:kurer:problem:" + count.type());
        json.put("count", count.count());
        json.put("last", count.last().toString());
        json.put("lastRequest", count.lastRequest());
        return json;
    }

    static Map<String, Object> activity(MeldingOverview.PerMinute perMinute) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("start", perMinute.start().toString());
        json.put("minutes", perMinute.accepted().length);
        json.put("accepted", perMinute.accepted());
        json.put("forwarded", perMinute.forwarded());
        return json;
    }

    private static String text(OffsetDateTime time) {
        return time == null ? null : time.toInstant().toString();
    }
}
