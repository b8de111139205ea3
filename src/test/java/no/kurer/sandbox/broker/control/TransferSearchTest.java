package no.kurer.sandbox.broker.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransferSearchTest {

    static final String R = "eformidling-dpo-meldingsutveksling";

    @Test
    void withoutRoleFindsTheCallersTransfersAsSenderAndAsRecipient() {
        String jpql = new TransferSearch(R, null, null, null, null, null, null).jpql();
        assertTrue(jpql.contains("(t.sender = :org OR EXISTS ("), jpql);
        assertTrue(jpql.endsWith("ORDER BY t.created DESC, t.fileTransferId DESC"), jpql);
    }

    @Test
    void recipientStatusSearchesAsRecipientWhateverTheRole() {
        TransferSearch cut = new TransferSearch(R, "Published", "Initialized", null, null, null, "Sender");
        assertFalse(cut.jpql().contains("t.sender = :org"), cut.jpql());
        assertTrue(cut.jpql().contains("r.recipient = :org AND r.status = :recipientStatus"), cut.jpql());
        assertEquals(
                Map.of("resourceId", R, "org", "910753614", "recipientStatus", "Initialized", "status", "Published"),
                cut.parameters("910753614"));
    }

    @Test
    void aTimeWindowBoundsTheStatusChangeWhenAStatusIsAskedForElseTheCreation() {
        String both = new TransferSearch(
                        R, "published", null, "2026-01-01T00:00:00+01:00", "2026-02-01", null, "sender")
                .jpql();
        assertTrue(both.contains("t.status = :status AND t.statusChanged BETWEEN :from AND :to"), both);
        assertTrue(both.contains("AND t.sender = :org"), both);
        assertTrue(new TransferSearch(R, null, null, "2026-01-01T00:00:00Z", null, null, null)
                .jpql()
                .contains("t.created > :from"));
        assertTrue(new TransferSearch(R, null, null, null, "2026-01-01T00:00:00Z", "true", null)
                .jpql()
                .contains("t.created < :to ORDER BY t.created ASC"));
        Map<String, Object> p = new TransferSearch(
                        R, "published", null, "2026-01-01T00:00:00+01:00", "2026-02-01T12:00:00", null, null)
                .parameters("1");
        assertEquals(OffsetDateTime.of(2025, 12, 31, 23, 0, 0, 0, ZoneOffset.UTC), p.get("from"));
        assertEquals(OffsetDateTime.of(2026, 2, 1, 12, 0, 0, 0, ZoneOffset.UTC), p.get("to"));
        assertEquals("Published", p.get("status"));
    }

    @Test
    void refusesWhatAltinnCannotBind() {
        for (Runnable bad : new Runnable[] {
            () -> new TransferSearch(null, null, null, null, null, null, null),
            () -> new TransferSearch(R, "Sent", null, null, null, null, null),
            () -> new TransferSearch(R, null, "Downloaded", null, null, null, null),
            () -> new TransferSearch(R, null, null, "yesterday", null, null, null),
            () -> new TransferSearch(R, null, null, null, "2026-13-01", null, null),
            () -> new TransferSearch(R, null, null, null, null, "yes", null),
            () -> new TransferSearch(R, null, null, null, null, null, "Owner")
        }) {
            assertEquals(400, assertThrows(BrokerRefusal.class, bad::run).status());
        }
    }

    @Test
    void enumsBindByNumberToo() {
        assertEquals(
                "Published",
                new TransferSearch(R, "3", null, null, null, null, null)
                        .parameters("1")
                        .get("status"));
    }
}
